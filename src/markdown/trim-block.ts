// Trimming a Markdown block without changing what it means.

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
