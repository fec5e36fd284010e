// A web page's bytes to text, its encoding found in the order browsers use (WHATWG "encoding sniffing").
import { decodeBytes, decodeWindows1252 } from '../article/decode';
import type { Decoded } from '../article/decode';

/** How many bytes the `<meta charset>` prescan looks at (browsers: 1024). */
const PRESCAN_BYTES = 1024;

/** `<meta charset=x>`, or `<meta http-equiv="content-type" content="…; charset=x">`, in the prescanned bytes. */
const META_TAG = /<meta\b[^>]*>/gi;
const META_CHARSET = /\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;
const HTTP_EQUIV_CONTENT_TYPE = /\bhttp-equiv\s*=\s*["']?\s*content-type/i;
const CHARSET_ATTRIBUTE = /\scharset\s*=/i;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** The charset parameter of a `Content-Type` header value (`text/html; charset=ISO-8859-1` → `ISO-8859-1`), or undefined. */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  if (contentType === undefined) return undefined;
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match?.[1];
}

/** The encoding a page's first 1024 bytes declare with `<meta charset>` or `<meta http-equiv>`, or undefined. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  // The prescan reads ASCII; Latin-1 maps every byte to one character, so offsets stay put.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(COMMENT, '');
  for (const tag of head.matchAll(META_TAG)) {
    const text = tag[0];
    if (CHARSET_ATTRIBUTE.test(text) || HTTP_EQUIV_CONTENT_TYPE.test(text)) {
      const match = META_CHARSET.exec(text);
      if (match) return match[1];
    }
  }
  return undefined;
}

/** The WHATWG name of an encoding label, or undefined when no decoder knows it. */
function encodingOf(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/**
 * Decodes a page's bytes: a byte-order mark first, then the HTTP header's charset (`headerCharset`), then
 * a `<meta charset>` in the first 1024 bytes, then what the bytes are (UTF-8 when valid, else
 * Windows-1252 with a warning). A declared UTF-16 is read as UTF-8 (as browsers do for a declaration
 * found in ASCII bytes); an unknown label is skipped with a warning.
 */
export function decodePage(bytes: Uint8Array, headerCharset?: string): Decoded {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (hasBom) return decodeBytes(bytes);
  const warnings: string[] = [];
  for (const [label, where] of [
    [headerCharset, 'the HTTP header'],
    [metaCharset(bytes), '<meta charset>'],
  ] as const) {
    if (label === undefined) continue;
    const found = encodingOf(label);
    if (found === undefined) {
      warnings.push(`charset "${label}" in ${where} is unknown; ignored`);
      continue;
    }
    const encoding = found.startsWith('utf-16') ? 'utf-8' : found;
    if (encoding === 'utf-8') {
      // Declared UTF-8 that is not: what the bytes are says more (a page saved in Windows-1252 keeps its old tag).
      const decoded = decodeBytes(bytes);
      return { text: decoded.text, warnings: [...warnings, ...decoded.warnings] };
    }
    // WHATWG reads latin1, iso-8859-1 and ascii as windows-1252 too; Node 20's decoder for it is wrong.
    const text = encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
    return { text, warnings };
  }
  const decoded = decodeBytes(bytes);
  return { text: decoded.text, warnings: [...warnings, ...decoded.warnings] };
}
