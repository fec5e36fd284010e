// Folding for matching: lower case, no accents, ligatures spelled out, one kind of apostrophe and hyphen.
// Character by character (a text folds to its characters' folds, one after another), so that the
// presenter's search can map a match in folded text back to the characters shown; the analysis
// matches lexicons, gazetteers and cues on the same folds.

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

const cache = new Map<string, string>();
/** Bounds the cache: a huge vocabulary starts it again rather than growing without end. */
const MAX_CACHED = 100_000;

/** Folds a word, a phrase or a whole text for matching (not for display): the same as folding each of its characters. */
export function fold(text: string): string {
  // Lower-case ASCII letters and digits fold to themselves: no cache entry (numbers would flood it).
  if (isFolded(text)) return text;
  if (text.length > 64) return foldNow(text);
  let folded = cache.get(text);
  if (folded === undefined) {
    folded = foldNow(text);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(text, folded);
  }
  return folded;
}

/** Whether the text is made of a-z, 0-9, spaces, hyphens, dots and apostrophes only (already folded). */
function isFolded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x20 || c === 0x2d || c === 0x2e || c === 0x27)) return false;
  }
  return true;
}

function foldNow(text: string): string {
  // Plain ASCII words (most English ones) only need lower case.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/`/g, "'");
  // A capital sigma lower-cases by where it stands (ς at the end of a word): as a character on its own, σ.
  return (text.includes('Σ') ? text.replaceAll('Σ', 'σ') : text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæßøłđı]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-');
}
