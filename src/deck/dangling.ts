// Whether a bullet would open on a word that needs what came before it: a pronoun, a relative or a connective.
import type { Lang } from '../article/article';
import lexicon from './bullet-lexicon.json';

const OPENERS: Readonly<Record<Lang, readonly string[]>> = {
  fr: lexicon.fr.danglingOpeners.map((w) => w.toLowerCase()),
  en: lexicon.en.danglingOpeners.map((w) => w.toLowerCase()),
};
/** Quotation marks, brackets, dashes and spaces before the first word. */
const LEADING = /^[\s"“”«»‘’'(\[–—-]+/u;

/** Whether `text` opens on a dangling pronoun, relative or connective of `lang` ("et est son…", "dont…", "which…"). */
export function opensDangling(text: string, lang: Lang): boolean {
  const lower = text.replace(LEADING, '').toLowerCase();
  return OPENERS[lang].some((w) => {
    if (!lower.startsWith(w)) return false;
    // An elided form (qu’, c’) is glued to the next word; any other opener ends at a non-letter.
    return /['’]$/u.test(w) || !/[\p{L}\p{N}-]/u.test(lower[w.length] ?? ' ');
  });
}

const DEMONSTRATIVES: Readonly<Record<Lang, readonly string[]>> = {
  fr: lexicon.fr.demonstratives.map((w) => w.toLowerCase()),
  en: lexicon.en.demonstratives.map((w) => w.toLowerCase()),
};

/** Whether `text` opens on a demonstrative ("Ce contrat…", "These talks…"): it points back to a sentence the slide may not show. */
export function opensOnDemonstrative(text: string, lang: Lang): boolean {
  const lower = text.replace(LEADING, '').toLowerCase();
  return DEMONSTRATIVES[lang].some((w) => lower.startsWith(w) && !/[\p{L}\p{N}-]/u.test(lower[w.length] ?? ' '));
}
