// The `read` stage: bytes to clean text.
import { UnusableInputError } from '../input-error';
import { decodeBytes } from './decode';
import type { Decoded } from './decode';
import { sanitizeText } from './sanitize';

/** Text after `read`, with the warnings decoding produced. */
export interface ReadResult {
  /** Decoded, sanitised, NFC, LF text. */
  readonly text: string;
  /** One-line warnings (e.g. "not valid UTF-8; read as Windows-1252"). */
  readonly warnings: string[];
}

/**
 * Decodes and sanitises a file's bytes. Throws UnusableInputError for binary input and for input
 * that is empty or only white space. Messages do not name the input: the CLI puts its name in front.
 */
export function readText(bytes: Uint8Array): ReadResult {
  return readDecoded(decodeBytes(bytes));
}

/**
 * Sanitises text already decoded (a page's article text, say) as readText does the text of a file.
 * Throws UnusableInputError when it is empty or only white space.
 */
export function readDecoded(decoded: Decoded): ReadResult {
  const text = sanitizeText(decoded.text);
  if (/^\s*$/u.test(text)) {
    throw new UnusableInputError('is empty; give an article with some text');
  }
  return { text, warnings: decoded.warnings };
}
