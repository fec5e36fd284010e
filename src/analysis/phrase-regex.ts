// Regular-expression pieces built from word lists: literal alternatives, longest first (no nested quantifiers).

/** Escapes a literal for a regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A non-capturing group of the phrases, longest first; spaces match any run of spaces. */
export function alternation(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => escapeRegex(p).replace(/ /g, '[ \\u00a0\\u202f]+').replace(/'/g, "['’]")).join('|')})`;
}

/** No letter or digit just before. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** No letter or digit just after. */
export const WORD_END = '(?![\\p{L}\\p{N}])';
