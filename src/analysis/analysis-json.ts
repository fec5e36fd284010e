// The analysis as `briefing analyze --json` prints it: schema briefing.analysis/1, keys in DESIGN.md's order.
// Written in pieces (one per list item) that join to JSON.stringify(…, null, 2): a 10 MB article makes
// ~37 MB of JSON, and one string that size costs a long flattening and encoding at once.
import type { Analysis } from './analysis';

/** The top-level lists, in DESIGN.md's order, their items with keys in order. */
function lists(analysis: Analysis): [string, readonly unknown[]][] {
  return [
    [
      'sentences',
      analysis.sentences.map((s) => ({
        index: s.index,
        text: s.text,
        sections: s.sections,
        cues: s.cues,
        candidates: s.candidates.map((c) => ({ section: c.section, score: c.score, cues: c.cues })),
      })),
    ],
    ['sections', analysis.sections.map((s) => ({ id: s.id, title: s.title, sentences: s.sentences }))],
    ['entities', analysis.entities.map((e) => ({ name: e.name, kind: e.kind, mentions: e.mentions }))],
    ['figures', analysis.figures.map((f) => ({ text: f.text, sentence: f.sentence }))],
    [
      'quotes',
      analysis.quotes.map((q) =>
        q.speaker === undefined ? { text: q.text, sentence: q.sentence } : { text: q.text, speaker: q.speaker, sentence: q.sentence },
      ),
    ],
    ['dates', analysis.dates.map((d) => ({ text: d.text, sentence: d.sentence }))],
  ];
}

/** The JSON text of an analysis in pieces; joined, they are `analysisToJson(analysis)`. */
export function* analysisJsonPieces(analysis: Analysis): Generator<string> {
  yield `{\n  "schema": "briefing.analysis/1",\n  "lang": ${JSON.stringify(analysis.lang)},\n  "title": ${JSON.stringify(analysis.title)}`;
  for (const [key, items] of lists(analysis)) {
    if (items.length === 0) {
      yield `,\n  "${key}": []`;
      continue;
    }
    yield `,\n  "${key}": [`;
    // An item at depth 2: JSON strings hold no raw newline, so every newline of its own text is indentation.
    for (let i = 0; i < items.length; i++) yield `${i === 0 ? '' : ','}\n    ${JSON.stringify(items[i], null, 2).replaceAll('\n', '\n    ')}`;
    yield '\n  ]';
  }
  yield '\n}\n';
}

/** The JSON text of an analysis: `{"schema":"briefing.analysis/1", …}`, 2-space indented, with a final newline. */
export function analysisToJson(analysis: Analysis): string {
  return [...analysisJsonPieces(analysis)].join('');
}
