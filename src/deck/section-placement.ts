// One fact, one place: which section slide shows each sentence that the analysis lists in sections.
import type { Analysis, SectionId } from '../analysis/analysis';

/**
 * For each section the deck shows, its sentences that are bullets there: a sentence goes to the
 * first section of its `sections` list (best first) that the deck shows, and to no other; the lead
 * sentence (`exclude`, on the title slide) to none. Within a section its opening sentence first (the one that
 * scores highest there), then article order: a slide opens on its point.
 */
export function placeSentences(analysis: Analysis, exclude: ReadonlySet<number>): Map<SectionId, number[]> {
  const shown = new Set(analysis.sections.map((s) => s.id));
  const listing = new Map<number, SectionId[]>();
  for (const section of analysis.sections) {
    for (const index of section.sentences) {
      const ids = listing.get(index) ?? [];
      ids.push(section.id);
      listing.set(index, ids);
    }
  }
  const placed = new Map<SectionId, number[]>(analysis.sections.map((s) => [s.id, []]));
  for (const [index, ids] of [...listing].sort((a, b) => a[0] - b[0])) {
    if (exclude.has(index)) continue;
    const preferred = analysis.sentences[index]?.sections ?? [];
    // The analysis's own order first; a section that lists a sentence its `sections` omit still shows it.
    const owner = preferred.find((id) => shown.has(id) && ids.includes(id)) ?? ids[0];
    if (owner !== undefined) placed.get(owner)?.push(index);
  }
  for (const section of analysis.sections) {
    const list = placed.get(section.id) ?? [];
    const at = list.indexOf(section.opening);
    if (at > 0) list.unshift(...list.splice(at, 1));
  }
  return placed;
}
