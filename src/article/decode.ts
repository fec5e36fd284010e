// Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; binary is refused.
import { Buffer, isUtf8 } from 'node:buffer';
import { UnusableInputError } from '../input-error';

/** Decoded text and one-line warnings about how it was decoded. */
export interface Decoded {
  /** The text, without byte-order mark (not yet sanitised). */
  readonly text: string;
  /** E.g. "not valid UTF-8; read as Windows-1252". */
  readonly warnings: string[];
}

/** Windows-1252 bytes 0x80–0x9F; 0 marks the five bytes the code page leaves undefined (dropped). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Share of control characters above which a text is taken for binary. */
const MAX_BAD_SHARE = 0.1;
/** How many characters the binary check looks at. */
const SAMPLE = 65_536;
/** In bytes that are not UTF-8: share of control bytes above which they are taken for binary. */
const MAX_LEGACY_CONTROL_SHARE = 0.02;
/** In bytes that are not UTF-8: share of bytes ≥ 0x80 that, with control bytes, marks binary data. */
const MAX_LEGACY_HIGH_SHARE = 0.3;

/**
 * Decodes a file's bytes: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, otherwise Windows-1252
 * with a warning. Throws UnusableInputError for binary data (NUL bytes, or mostly control characters).
 * Messages do not name the input: the CLI puts the file's name in front.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  let text: string;

  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (text.includes('\0')) throw binary('it contains NUL characters');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16le').decode(swapPairs(bytes.subarray(2)));
    if (text.includes('\0')) throw binary('it contains NUL characters');
  } else {
    if (bytes.includes(0)) throw binary('it contains NUL bytes');
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    // Validating first and then decoding is several times faster than a fatal TextDecoder on a long text.
    if (isUtf8(bytes)) {
      const body = hasBom ? bytes.subarray(3) : bytes;
      text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    } else {
      if (hasBom) {
        text = new TextDecoder('utf-8').decode(bytes);
        warnings.push(`not valid UTF-8 despite its byte-order mark; invalid bytes replaced with U+FFFD`);
      } else {
        if (looksBinaryLegacy(bytes)) throw binary('it is not UTF-8 and holds control bytes');
        text = decodeWindows1252(bytes);
        warnings.push(`not valid UTF-8; read as Windows-1252`);
      }
    }
  }
  if (looksBinary(text)) throw binary('it is mostly control characters');
  return { text, warnings };
}

function binary(why: string): UnusableInputError {
  return new UnusableInputError(`looks binary (${why}), not a text article; give a .txt or .md file`);
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] as number;
    swapped[i + 1] = bytes[i] as number;
  }
  return swapped;
}

/**
 * Windows-1252 bytes as text (the five undefined bytes dropped). Node 20's TextDecoder('windows-1252')
 * reads 0x80–0x9F as C1 controls instead of € ‚ … ’ “ ” –, so it is not used.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  let length = 0;
  for (const byte of bytes) {
    if (byte < 0x80 || byte > 0x9f) units[length++] = byte;
    else {
      const mapped = CP1252_HIGH[byte - 0x80] as number;
      if (mapped !== 0) units[length++] = mapped;
    }
  }
  return new TextDecoder('utf-16le').decode(units.subarray(0, length));
}

function looksBinary(text: string): boolean {
  const end = Math.min(text.length, SAMPLE);
  if (end === 0) return false;
  let bad = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    // Tab, LF, VT, FF, CR and ESC occur in text files (ESC in captured terminal output).
    const isC0 = code < 0x20 && !(code >= 0x09 && code <= 0x0d) && code !== 0x1b;
    if (isC0 || (code >= 0x80 && code <= 0x9f)) bad++;
  }
  return bad / end > MAX_BAD_SHARE;
}

/**
 * Bytes that are not UTF-8 and that Windows-1252 text would not hold: random data has about 10 %
 * control bytes (C0 other than white space and ESC, and DEL) and half its bytes ≥ 0x80; a
 * Windows-1252 article has almost no control byte and mostly ASCII.
 */
function looksBinaryLegacy(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SAMPLE);
  if (end === 0) return false;
  let control = 0;
  let high = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte >= 0x80) high++;
    else if ((byte < 0x20 && !(byte >= 0x09 && byte <= 0x0d) && byte !== 0x1b) || byte === 0x7f) {
      control++;
    }
  }
  if (control >= 2 && control / end > MAX_LEGACY_CONTROL_SHARE) return true;
  return control >= 1 && high / end > MAX_LEGACY_HIGH_SHARE;
}
