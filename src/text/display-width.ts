// How many terminal columns text takes, by the rules Ink's string-width uses (so our layout and
// Ink's agree), computed in one linear pass with our own grapheme clusters.
import { WIDE_RANGES } from './east-asian-wide';
import { clusterEnd, codePointLength, isPictographicAt } from './graphemes';

// Zero-width on their own: default-ignorables, controls, format characters, non-spacing and enclosing marks, lone surrogates.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Mn}\p{Me}\p{Cs}]/uy;
const SPACING_MARK = /\p{Mc}/uy;
// The `v` flag is built at run time: TypeScript's ES2023 target rejects it in a literal; Node 20 runs it.
// Built on first use: constructing it loads ICU's emoji data (about 17 ms), which plain text never needs.
let rgiEmoji: RegExp | undefined;
const KEYCAP = /^[\d#*]\u20e3$/;

/** Whether a code point is East Asian Wide or Fullwidth (binary search over the Unicode table). */
export function isWideCodePoint(cp: number): boolean {
  if (cp < 0x1100) return false;
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  let low = 0;
  let high = WIDE_RANGES.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const from = WIDE_RANGES[mid * 2] as number;
    const to = WIDE_RANGES[mid * 2 + 1] as number;
    if (cp < from) high = mid - 1;
    else if (cp > to) low = mid + 1;
    else return true;
  }
  return false;
}

/** Whether the code point at `index` draws nothing by itself. */
function isInvisibleAt(s: string, index: number, cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return false;
  if (cp >= 0xa0 && cp < 0x300) return cp === 0xad;
  INVISIBLE.lastIndex = index;
  return INVISIBLE.test(s);
}

/** Whether a cluster is drawn as a double-width emoji (RGI emoji, bare keycap, ZWJ sequence of two pictographs). */
function isEmojiCluster(cluster: string): boolean {
  if (cluster.length > 50) return false;
  rgiEmoji ??= new RegExp('^\\p{RGI_Emoji}$', 'v');
  if (rgiEmoji.test(cluster) || KEYCAP.test(cluster)) return true;
  if (!cluster.includes('\u200d')) return false;
  let pictographs = 0;
  for (let i = 0; i < cluster.length; ) {
    const cp = cluster.codePointAt(i) as number;
    if (isPictographicAt(cluster, i, cp)) pictographs += 1;
    i += codePointLength(cp);
  }
  return pictographs >= 2;
}

/** Whether a code point is a leading (L) conjoining jamo. */
function isLeadingJamo(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c);
}

/** Whether a code point is a vowel (V) conjoining jamo. */
function isVowelJamo(cp: number): boolean {
  return (cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6);
}

/** Whether a code point is a trailing (T) conjoining jamo. */
function isTrailingJamo(cp: number): boolean {
  return (cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb);
}

/** Width of a cluster whose first visible code point is a conjoining jamo (L+V[+T] draws as one
 * wide syllable, other jamo add up), or undefined when it starts with something else. */
function hangulWidth(s: string, base: number, end: number): number | undefined {
  const cps: number[] = [];
  for (let i = base; i < end; ) {
    const cp = s.codePointAt(i) as number;
    if (!isInvisibleAt(s, i, cp)) cps.push(cp);
    i += codePointLength(cp);
  }
  let width = 0;
  for (let k = 0; k < cps.length; k++) {
    const cp = cps[k] as number;
    if (!isLeadingJamo(cp) && !isVowelJamo(cp) && !isTrailingJamo(cp)) {
      if (width === 0) return undefined;
      for (let r = k; r < cps.length; r++) width += isWideCodePoint(cps[r] as number) ? 2 : 1;
      return width;
    }
    const next = cps[k + 1];
    if (isLeadingJamo(cp) && next !== undefined && isVowelJamo(next)) {
      width += 2;
      const after = cps[k + 2];
      k += after !== undefined && isTrailingJamo(after) ? 2 : 1;
      continue;
    }
    width += isWideCodePoint(cp) ? 2 : 1;
  }
  return width === 0 ? undefined : width;
}

/** Columns taken by the grapheme cluster s[start, end). */
export function clusterWidth(s: string, start: number, end: number): number {
  const first = s.codePointAt(start) as number;
  if (end - start === 1 && first >= 0x20 && first < 0x7f) return 1;

  let base = start;
  while (base < end) {
    const cp = s.codePointAt(base) as number;
    if (!isInvisibleAt(s, base, cp)) break;
    base += codePointLength(cp);
  }
  if (base >= end) return 0;

  const baseCp = s.codePointAt(base) as number;
  // A lone code point: every single-code-point RGI emoji is East Asian Wide already.
  if (base === start && end - start === codePointLength(baseCp)) return isWideCodePoint(baseCp) ? 2 : 1;

  const cluster = s.slice(start, end);
  if (isEmojiCluster(cluster)) return 2;
  const hangul = end - base > 1 ? hangulWidth(s, base, end) : undefined;
  if (hangul !== undefined) return hangul;

  let width = isWideCodePoint(baseCp) ? 2 : 1;
  // Like string-width: spacing marks and halfwidth/fullwidth forms after the base add their own width.
  for (let i = base + codePointLength(baseCp); i < end; ) {
    const cp = s.codePointAt(i) as number;
    SPACING_MARK.lastIndex = i;
    if (SPACING_MARK.test(s) || (cp >= 0xff00 && cp <= 0xffef)) width += isWideCodePoint(cp) ? 2 : 1;
    i += codePointLength(cp);
  }
  return width;
}

/** Whether every character of `s` is printable ASCII (one column each). */
function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Terminal columns `s` takes: East Asian wide and emoji 2, combining marks and controls 0, others 1. Linear. */
export function displayWidth(s: string): number {
  if (isPrintableAscii(s)) return s.length;
  let width = 0;
  for (let i = 0; i < s.length; ) {
    const end = clusterEnd(s, i);
    width += clusterWidth(s, i, end);
    i = end;
  }
  return width;
}
