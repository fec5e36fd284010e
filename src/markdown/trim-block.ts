// Trimming Markdown without changing what it means: a block, or one line's spaces and tabs.

/**
 * Removes leading blank lines and trailing white space, keeping the first line's indentation
 * (an indented code block stays one). Linear in the length of the text.
 */
export function trimBlock(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let start = 0;
  let lineStart = 0;
  while (start < end && isBlank(text.charCodeAt(start))) {
    if (text.charCodeAt(start) === 0x0a) lineStart = start + 1;
    start++;
  }
  return text.slice(lineStart, end);
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/**
 * Removes spaces and tabs at both ends, as Markdown does around a heading's text; unlike
 * `String.prototype.trim`, it keeps no-break spaces (French punctuation) and line breaks.
 */
export function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
}
