// The human view of an analysis (`briefing analyze FILE` without --json): why each sentence went where it did.
import type { Analysis, SupportSource } from './analysis';
export { analysisToJson } from './analysis-json';

const EXCERPT = 90;

/** How `analyze` says where a section's support came from. */
const SUPPORT_WORDS: Readonly<Record<SupportSource, string>> = {
  neighbour: 'next to a sentence placed there',
  headline: 'the headline is about it',
  established: 'the article has it without support',
};

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length <= EXCERPT ? text : `${chars.slice(0, EXCERPT - 1).join('')}…`;
}

function list(items: readonly string[]): string {
  return items.map((c) => `"${c}"`).join(', ');
}

/** Plain text: per sentence its sections and cues (and candidates), then entities, figures, quotes and dates. */
export function explainAnalysis(analysis: Analysis): string {
  const out: string[] = [];
  out.push(`${analysis.title}`);
  out.push(`language: ${analysis.lang}`);
  const shown = analysis.sections.map((s) => `${s.title} (${s.id}: ${s.sentences.length})`);
  out.push(`sections: ${shown.length === 0 ? 'none' : shown.join(', ')}`);
  out.push('');
  out.push('Sentences');
  for (const s of analysis.sentences) {
    const where = s.sections.length === 0 ? '—' : s.sections.join(', ');
    out.push(`[${s.index}] ${where}  ${excerpt(s.text)}`);
    if (s.cues.length > 0) out.push(`      cues: ${list(s.cues)}`);
    for (const c of s.candidates) out.push(`      candidate ${c.section} ${c.score}: ${list(c.cues)}`);
    for (const x of s.support ?? []) out.push(`      support ${x.section}: ${x.from.map((f) => SUPPORT_WORDS[f]).join(', ')}`);
  }
  out.push('');
  out.push(`Entities (${analysis.entities.length})`);
  for (const e of analysis.entities) out.push(`  ${e.name} — ${e.kind} — sentences ${e.mentions.join(', ')}`);
  out.push('');
  out.push(`Figures (${analysis.figures.length})`);
  for (const f of analysis.figures) out.push(`  ${f.text} — sentence ${f.sentence}`);
  out.push('');
  out.push(`Quotes (${analysis.quotes.length})`);
  for (const q of analysis.quotes) out.push(`  “${excerpt(q.text)}” — ${q.speaker ?? 'speaker not named'} — sentence ${q.sentence}`);
  out.push('');
  out.push(`Dates (${analysis.dates.length})`);
  for (const d of analysis.dates) out.push(`  ${d.text} — sentence ${d.sentence}`);
  return `${out.join('\n')}\n`;
}
