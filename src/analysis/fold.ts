// Folding for matching: lower case, no accents, ligatures spelled out, one kind of apostrophe and hyphen.

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/** Folds a word or phrase for matching against lexicons and gazetteers (not for display). */
export function fold(text: string): string {
  // Plain ASCII words (most English ones) only need lower case.
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase().replace(/`/g, "'");
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæßøłđı]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-');
}
