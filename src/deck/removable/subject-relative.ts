// The last resort for a bullet still over the hard limit: a restrictive relative clause between the subject and its verb.
import type { Lang } from '../../article/article';
import lexicon from '../bullet-lexicon.json';
import type { Segment } from '../clause-segments';
import type { Span } from '../kept-text';
import type { RemovablePart } from './part';
import type { Rules } from './rules';
import { foldCase, holdsNumberOutside, WORD } from './text';

/** The relative pronoun comes within this many words of the clause's start (it is the subject's). */
const MAX_SUBJECT_WORDS = 10;
/** The relative clause holds at least this many words before the main verb ("qui suivaient l'opération"). */
const MIN_RELATIVE_WORDS = 2;
const MAX_RELATIVE_WORDS = 14;

const PRONOUNS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(lexicon.fr.subjectRelatives),
  en: new Set(lexicon.en.subjectRelatives),
};
const NEGATIONS: Readonly<Record<Lang, ReadonlySet<string>>> = { fr: new Set(lexicon.fr.negations), en: new Set(lexicon.en.negations) };

/**
 * "Les ingénieurs de la Nasa qui suivaient l'opération depuis la Terre ne pouvaient…", "The engineers who followed the
 * landing could…": the relative clause of the subject, from its pronoun to the main verb (an auxiliary, or "ne"/"n'"
 * before one), within the main segment and without a number. Tier 4: only a bullet still over the hard limit loses it,
 * the subject and its verb stay.
 */
export function addSubjectRelative(text: string, main: Segment, rules: Rules, dateSpans: readonly Span[], out: RemovablePart[]): void {
  const words = [...text.slice(main.start, main.end).matchAll(WORD)].map((m) => ({ lower: foldCase(m[0]), start: main.start + m.index, end: main.start + m.index + m[0].length }));
  const at = words.findIndex((w, i) => i > 0 && i <= MAX_SUBJECT_WORDS && PRONOUNS[rules.lang].has(w.lower));
  if (at < 0 || rules.prepositions.has((words[at - 1] as { lower: string }).lower)) return;
  for (let k = at + 1 + MIN_RELATIVE_WORDS; k < Math.min(words.length, at + 1 + MAX_RELATIVE_WORDS); k++) {
    const word = words[k] as { lower: string; start: number };
    const isNegation = NEGATIONS[rules.lang].has(word.lower) || /^n['’]/u.test(word.lower);
    if (!rules.auxiliaries.has(word.lower) && !(isNegation && rules.lang === 'fr')) continue;
    const part = { start: (words[at - 1] as { end: number }).end, end: (words[k - 1] as { end: number }).end };
    if (holdsNumberOutside(text, part, dateSpans)) return;
    out.push({ ...part, kind: 'relative', tier: 4, opensSentence: false });
    return;
  }
}
