// Text safe to show in a terminal: no escape sequences, controls or invisible reordering characters.

const ESC = 0x1b;
const BEL = 0x07;
const ST_C1 = 0x9c;

/**
 * The characters the loop of sanitizeText acts on (controls but LF and tab, DEL, C1, invisible and bidi
 * characters, line and paragraph separators, surrogates); every other one is kept as it is.
 */
const NEEDS_LOOK = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2028-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]/g;

/** Which kind of control string a C1 introducer (or ESC + letter) opens. */
const STRING_INTRODUCERS = new Set([0x90 /* DCS */, 0x98 /* SOS */, 0x9d /* OSC */, 0x9e /* PM */, 0x9f /* APC */]);

/**
 * Normalises and cleans decoded text: CRLF/CR → LF; whole escape sequences removed (CSI, OSC, DCS,
 * SOS, PM, APC, two-character ESC sequences, and their C1 forms); then the remaining C0 controls
 * except `\n` and `\t`, DEL and C1; zero-width characters and bidi overrides/embeddings/isolates
 * removed; U+2028/U+2029 become line/paragraph breaks; lone surrogates become U+FFFD; NFC last.
 * No-break spaces are kept. Linear in the length of the text.
 */
export function sanitizeText(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let i = 0;
  const n = text.length;
  const drop = (end: number, replacement = ''): void => {
    if (from < i) parts.push(text.slice(from, i));
    if (replacement !== '') parts.push(replacement);
    i = end;
    from = end;
  };

  while (i < n) {
    // Most characters need nothing: jump to the next one that may.
    NEEDS_LOOK.lastIndex = i;
    if (!NEEDS_LOOK.test(text)) break;
    i = NEEDS_LOOK.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      drop(text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1, '\n');
    } else if (code === ESC) {
      drop(escapeEnd(text, i));
    } else if (code === 0x9b) {
      drop(csiEnd(text, i + 1));
    } else if (STRING_INTRODUCERS.has(code)) {
      drop(controlStringEnd(text, i + 1));
    } else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      drop(i + 1);
    } else if (isInvisible(code)) {
      drop(i + 1);
    } else if (code === 0x2028) {
      drop(i + 1, '\n');
    } else if (code === 0x2029) {
      drop(i + 1, '\n\n');
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 2;
      else drop(i + 1, '\uFFFD');
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      drop(i + 1, '\uFFFD');
    } else {
      i++;
    }
  }
  if (from === 0) return toNfc(text);
  parts.push(text.slice(from));
  return toNfc(parts.join(''));
}

/**
 * Code point ranges, inclusive, of characters that no normalisation changes, alone or next to each other:
 * below U+0300 (Latin, before the combining marks), general punctuation but the two quads U+2000–2001
 * (’ “ ” — … and the narrow spaces), and the currency signs. A text made only of them is already NFC
 * (a test checks every one and every pair).
 */
export const NFC_STABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x02ff],
  [0x2002, 0x206f],
  [0x20a0, 0x20cf],
];

const hex = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
/** A character outside NFC_STABLE_RANGES. */
const MAY_CHANGE_UNDER_NFC = new RegExp(`[^${NFC_STABLE_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`);

/** The text in NFC; most news is already, and checking that is far cheaper than normalising. */
function toNfc(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}

/** Zero-width characters and bidi embeddings, overrides and isolates. */
function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** End (exclusive) of the escape sequence that starts with ESC at `start`. */
function escapeEnd(text: string, start: number): number {
  const next = text.charCodeAt(start + 1);
  if (Number.isNaN(next)) return start + 1;
  switch (next) {
    case 0x5b: // [ CSI
      return csiEnd(text, start + 2);
    case 0x5d: // ] OSC
    case 0x50: // P DCS
    case 0x58: // X SOS
    case 0x5e: // ^ PM
    case 0x5f: // _ APC
      return controlStringEnd(text, start + 2);
  }
  // nF: intermediates 0x20–0x2F then a final 0x30–0x7E (e.g. ESC ( B).
  let j = start + 1;
  while (j < text.length && text.charCodeAt(j) >= 0x20 && text.charCodeAt(j) <= 0x2f) j++;
  const final = text.charCodeAt(j);
  if (final >= 0x30 && final <= 0x7e) return j + 1;
  // A lone ESC (or ESC before something that is no sequence): drop the ESC only.
  return start + 1;
}

/** End of a CSI whose parameters start at `from`: parameter/intermediate bytes, then a final byte. */
function csiEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c >= 0x20 && c <= 0x3f) j++;
    else if (c >= 0x40 && c <= 0x7e) return j + 1;
    else return j; // aborted: what follows is processed as text
  }
  return j;
}

/**
 * End of an OSC/DCS/SOS/PM/APC payload starting at `from`: after BEL, ESC \ or C1 ST. An ESC
 * that does not start ST aborts the string; with no terminator the payload runs to the end of
 * the line, so one unterminated sequence cannot swallow the article.
 */
function controlStringEnd(text: string, from: number): number {
  let j = from;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === BEL || c === ST_C1) return j + 1;
    if (c === ESC) return text.charCodeAt(j + 1) === 0x5c ? j + 2 : j;
    if (c === 0x0a || c === 0x0d) return j;
    j++;
  }
  return j;
}
