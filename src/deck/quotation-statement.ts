// A long quotation that is a whole statement in the third person, read without its marks so that it shortens like any sentence.
import type { Lang } from '../article/article';
import lexicon from './bullet-lexicon.json';
import { opensDangling, opensOnDemonstrative } from './dangling';
import { quotedSpans } from './quoted-spans';

const SPEAKER_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(lexicon.fr.speakerWords.map((w) => w.toLowerCase())),
  en: new Set(lexicon.en.speakerWords.map((w) => w.toLowerCase())),
};
const WORD_RUN = /[\p{L}\p{N}]+(?:['’](?=[\p{L}]))?/gu;
const QUOTE_MARK = /[«»“”"„‘’‹›]/u;
/** Marks, spaces and closing punctuation around a quotation's words. */
const EDGES = /^[\s«“"„]+|[\s»”".,;:!?…]+$/gu;

/**
 * The words of `bullet` when it is one quotation, its marks aside, that states a fact on its own ("IPM conditionne son
 * offre à…"): no speaker's "je", "nous", "we" or "you" in it (those need the speaker, whom the quotes slide names), no
 * quotation inside it, no opening pronoun or demonstrative. Undefined otherwise.
 */
export function quotationStatement(bullet: string, lang: Lang): string | undefined {
  const trimmed = bullet.trim();
  const spans = quotedSpans(trimmed);
  if (spans.length !== 1 || spans[0]?.start !== 0 || spans[0].end < trimmed.length - 1) return undefined;
  const inner = trimmed.replace(EDGES, '');
  if (inner === '' || QUOTE_MARK.test(inner.replace(/(?<=\p{L})’(?=\p{L})/gu, ''))) return undefined;
  for (const m of inner.matchAll(WORD_RUN)) if (SPEAKER_WORDS[lang].has(m[0].toLowerCase())) return undefined;
  if (opensDangling(inner, lang) || opensOnDemonstrative(inner, lang)) return undefined;
  return inner;
}
