// Whether a bullet would open on a word that needs what came before it: a pronoun, a relative or a connective.
import type { Lang } from '../article/article';
import lexicon from './bullet-lexicon.json';
import { DASHES, ELISION_MARKS, OPENING_BRACKETS, QUOTATION_MARKS } from './bullet-marks';

const OPENERS: Readonly<Record<Lang, readonly string[]>> = {
  fr: lexicon.fr.danglingOpeners.map((w) => w.toLowerCase()),
  en: lexicon.en.danglingOpeners.map((w) => w.toLowerCase()),
};
/** Quotation marks, brackets, dashes and spaces before the first word. */
const LEADING = new RegExp(`^[\\s${QUOTATION_MARKS}${OPENING_BRACKETS}${DASHES}]+`, 'u');
/** An elided opener's last character. */
const ELIDED_END = new RegExp(`[${ELISION_MARKS}]$`, 'u');

/** How many characters of a bullet's opening are read: more than its first word and the one after it. */
const OPENING_CHARS = 60;

/** The lower-cased opening of `text` after its leading marks, without copying the rest of it. */
function loweredOpening(text: string): string {
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  return text.slice(lead, lead + OPENING_CHARS).toLowerCase();
}

/** Words that open a fronted clause before its main clause ("When the ship docked…, it cut…"): no pronoun then. */
const FRONTED_CLAUSE_OPENERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set((lexicon.fr.frontedClauseOpeners as readonly string[]).map((w) => w.toLowerCase())),
  en: new Set(lexicon.en.frontedClauseOpeners.map((w) => w.toLowerCase())),
};
/** A comma, then the main clause's first word. */
const MAIN_CLAUSE_AFTER_COMMA = /,\s+\S/u;

/**
 * Whether `text` opens on a dangling pronoun, relative or connective of `lang` ("et est son…", "dont…", "which…").
 * A subordinator that fronts its clause before a comma and the main clause ("When the ship docked…, it cut…") is no
 * dangling opener: the bullet holds the whole statement.
 */
export function opensDangling(text: string, lang: Lang): boolean {
  const lower = loweredOpening(text);
  const opener = OPENERS[lang].find((w) => {
    if (!lower.startsWith(w)) return false;
    // An elided form (qu’, c’) is glued to the next word; any other opener ends at a non-letter.
    return ELIDED_END.test(w) || !/[\p{L}\p{N}-]/u.test(lower[w.length] ?? ' ');
  });
  if (opener === undefined) return false;
  return !(FRONTED_CLAUSE_OPENERS[lang].has(opener) && MAIN_CLAUSE_AFTER_COMMA.test(text));
}

const DEMONSTRATIVES: Readonly<Record<Lang, readonly string[]>> = {
  fr: lexicon.fr.demonstratives.map((w) => w.toLowerCase()),
  en: lexicon.en.demonstratives.map((w) => w.toLowerCase()),
};

/** Whether `text` opens on a demonstrative ("Ce contrat…", "These talks…"): it points back to a sentence the slide may not show. */
export function opensOnDemonstrative(text: string, lang: Lang): boolean {
  const lower = loweredOpening(text);
  return DEMONSTRATIVES[lang].some((w) => lower.startsWith(w) && !/[\p{L}\p{N}-]/u.test(lower[w.length] ?? ' '));
}
