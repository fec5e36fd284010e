// The analysis as `briefing analyze --json` prints it: schema briefing.analysis/1, keys in DESIGN.md's order.
import type { Analysis } from './analysis';

/** The JSON text of an analysis: `{"schema":"briefing.analysis/1", …}`, 2-space indented, with a final newline. */
export function analysisToJson(analysis: Analysis): string {
  const ordered = {
    schema: 'briefing.analysis/1',
    lang: analysis.lang,
    title: analysis.title,
    sentences: analysis.sentences.map((s) => ({
      index: s.index,
      text: s.text,
      sections: [...s.sections],
      cues: [...s.cues],
      candidates: s.candidates.map((c) => ({ section: c.section, score: c.score, cues: [...c.cues] })),
    })),
    sections: analysis.sections.map((s) => ({ id: s.id, title: s.title, sentences: [...s.sentences] })),
    entities: analysis.entities.map((e) => ({ name: e.name, kind: e.kind, mentions: [...e.mentions] })),
    figures: analysis.figures.map((f) => ({ text: f.text, sentence: f.sentence })),
    quotes: analysis.quotes.map((q) =>
      q.speaker === undefined ? { text: q.text, sentence: q.sentence } : { text: q.text, speaker: q.speaker, sentence: q.sentence },
    ),
    dates: analysis.dates.map((d) => ({ text: d.text, sentence: d.sentence })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
