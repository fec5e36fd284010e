// Figures written in digits: "96%", "$10bn", "300 millions de mètres cubes", "60,000-seat stadium", "3-1".
import type { Token } from '../tokenize';
import type { FigureCover } from './figure-cover';
import { ENDS_WITH_PERCENT, STARTS_WITH_CURRENCY, nounPhraseEnd, withApproximator, withRate, type LangWords } from './figure-words';

/** A hyphen and a lowercase word right after a number ("-seat", "-fold"), not a second number or a name. */
const HYPHEN_UNIT = /^[-‐‑](\p{Ll}+)(?![\p{L}\p{N}\-‐‑])/u;
/** A score or a tally: "3-1", "52-48" (not a range before a percent or a unit). */
const SCORE = /^[-–](\d{1,3})(?![\d.,%\p{L}\-])/u;
/** A number with a thousands group (1,603, 4 000): a count worth keeping even with no noun after it. */
const THOUSANDS = /^\d{1,3}(?:[,\u00a0\u202f ]\d{3})+$/u;

/** How far before a number the word that makes it a name is looked for. */
const NAME_NUMBER_REACH = 12;

/** Whether the text holds an ASCII digit (what the numeric pattern needs). */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** Keeps the figure the numeric pattern matched at `matchStart` (`match`: its text), with its unit or noun. */
function addDigitFigure(text: string, tokens: readonly Token[], matchStart: number, match: string, w: LangWords, found: FigureCover): void {
  let start = matchStart;
  let end = start + match.replace(/[ \u00a0\u202f]+$/u, '').length;
  if (found.overlaps(start, end)) return;
  const raw = text.slice(start, end);
  const isPercent = ENDS_WITH_PERCENT.test(raw);
  let isMoney = STARTS_WITH_CURRENCY.test(raw);
  const hasScale = /\p{L}$/u.test(raw) && !isPercent;
  // "le réacteur numéro 2", "flight number 370": a number that names a thing counts nothing.
  if (w.nameNumber.test(text.slice(Math.max(0, start - NAME_NUMBER_REACH), start))) return;
  // Glued to letters (G20, 4x4) or a part of a code: not a figure.
  if (/[\p{L}]$/u.test(text.slice(0, start)) || /^[\p{L}]/u.test(text.slice(end)) && !hasScale) return;
  // "60,000-seat", "28-metre", "30-fold", "10-year": the hyphenated noun is the unit; "3-1": a score.
  const joined = isPercent || isMoney ? null : HYPHEN_UNIT.exec(text.slice(end, end + 40)) ?? SCORE.exec(text.slice(end, end + 8));
  if (joined !== null) {
    end += joined[0].length;
    start = withApproximator(text, start, w);
    found.addPlain(text, start, end);
    return;
  }
  if (!isPercent) {
    let phrase = nounPhraseEnd(text, tokens, end, 3, w);
    // The noun phrase stops before a date: "80 navires attendaient jeudi matin".
    while (phrase.nouns > 0 && found.overlaps(end, phrase.end)) phrase = nounPhraseEnd(text, tokens, end, phrase.nouns - 1, w);
    if (phrase.nouns > 0) {
      end = phrase.end;
      if (phrase.keys.some((k) => w.currencyWords.has(k))) isMoney = true;
    } else if (!isMoney && !hasScale && !THOUSANDS.test(raw)) return;
  }
  const withoutRate = end;
  end = withRate(text, end, w);
  start = withApproximator(text, start, w);
  if (found.overlaps(start, end)) end = withoutRate;
  if (found.overlaps(start, end)) return;
  found.add({ text: text.slice(start, end), start, end, isMoney, isPercent });
}

/** Keeps the sentence's figures in digits. */
export function findDigitFigures(text: string, tokens: readonly Token[], w: LangWords, found: FigureCover): void {
  w.numeric.lastIndex = 0;
  // exec in a loop rather than matchAll, which copies the regular expression on every call.
  for (let m = hasDigit(text) ? w.numeric.exec(text) : null; m !== null; m = w.numeric.exec(text)) {
    // An empty match would not move on (the pattern needs a digit; this keeps it so).
    if (m[0] === '') w.numeric.lastIndex++;
    addDigitFigure(text, tokens, m.index, m[0], w, found);
  }
}
