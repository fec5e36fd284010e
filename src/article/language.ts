// The article's language from stop-word frequencies: French, English, or not convincingly either.
import type { Lang } from './article';
import stopwords from './stopwords.json';

/** How much of the text is looked at. */
const SAMPLE = 20_000;
/** The winner's weighted hits must reach this… */
const MIN_SCORE = 1;
/** …this share of the words… */
const MIN_SHARE = 0.05;
/** …and beat the runner-up by this factor. */
const MIN_LEAD = 1.3;

const WORD = /\p{L}+/gu;

/** Each stop word's weight per language: 1 divided by the number of languages that list it. */
const weights: ReadonlyMap<string, ReadonlyMap<string, number>> = (() => {
  const listed = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(stopwords)) {
    for (const word of words) listed.set(word, [...(listed.get(word) ?? []), lang]);
  }
  const byWord = new Map<string, Map<string, number>>();
  for (const [word, langs] of listed) byWord.set(word, new Map(langs.map((lang) => [lang, 1 / langs.length])));
  return byWord;
})();

/**
 * Detects French or English from stop-word frequencies in the first ~20,000 characters, weighed
 * against German, Spanish, Italian, Portuguese and Dutch lists (a word several languages share
 * counts less); null when neither fr nor en is convincing.
 */
export function detectLanguage(text: string): Lang | null {
  const sample = text.slice(0, SAMPLE).toLowerCase();
  const scores = new Map<string, number>();
  let total = 0;
  for (const [word] of sample.matchAll(WORD)) {
    total++;
    const langs = weights.get(word);
    if (langs === undefined) continue;
    for (const [lang, weight] of langs) scores.set(lang, (scores.get(lang) ?? 0) + weight);
  }
  const [best, second] = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (best === undefined) return null;
  const [lang, score] = best;
  if (lang !== 'fr' && lang !== 'en') return null;
  if (score < MIN_SCORE || score / total < MIN_SHARE) return null;
  if (second !== undefined && score < second[1] * MIN_LEAD) return null;
  return lang;
}

/**
 * The language a front-matter `lang` field names, for articles and decks alike: `fr`, `fr-FR`,
 * `french`, `français` → fr; `en`, `en_GB`, `english`, `anglais` → en; undefined for anything else.
 */
export function langFromFrontMatter(value: string | undefined): Lang | undefined {
  const code = value?.trim().toLowerCase() ?? '';
  if (/^fr(?:[-_]|$)/u.test(code) || code === 'french' || code === 'français' || code === 'francais') return 'fr';
  if (/^en(?:[-_]|$)/u.test(code) || code === 'english' || code === 'anglais') return 'en';
  return undefined;
}
