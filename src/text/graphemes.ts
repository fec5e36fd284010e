// Grapheme cluster boundaries by the rules of UAX #29 that matter on a terminal (CR LF, controls,
// combining marks, ZWJ emoji sequences, flags, Hangul syllables), in one linear pass.
// Intl.Segmenter is not used: it is quadratic in the length of one string on Node 20.

// Sticky regexes tested at an index, so no substring is allocated per code point.
const EXTEND = /[\p{Grapheme_Extend}\p{Mc}\p{Emoji_Modifier}]/uy;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/uy;
const FORMAT = /[\p{Cf}\p{Zl}\p{Zp}]/uy;

/** Whether the code point at `index` of `s` matches the sticky regex `re`. */
function matchesAt(re: RegExp, s: string, index: number): boolean {
  re.lastIndex = index;
  return re.test(s);
}

/** UTF-16 length of a code point. */
export function codePointLength(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** Whether a code point extends the cluster before it (combining and spacing marks, ZWNJ, emoji modifiers, tags). */
export function isExtendAt(s: string, index: number, cp: number): boolean {
  // Thai and Lao SARA AM are letters that UAX #29 lists as spacing marks.
  return cp >= 0x300 && (matchesAt(EXTEND, s, index) || cp === 0x0e33 || cp === 0x0eb3);
}

/** Whether a code point is Extended_Pictographic (the emoji that ZWJ sequences join). */
export function isPictographicAt(s: string, index: number, cp: number): boolean {
  return cp >= 0xa9 && matchesAt(PICTOGRAPHIC, s, index);
}

/** Whether a code point stands alone as a control cluster (C0, DEL, C1, format characters, line/paragraph separators). */
export function isControlAt(s: string, index: number, cp: number): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return true;
  if (cp < 0xad) return false;
  if (cp === 0x200c || cp === 0x200d) return false;
  return matchesAt(FORMAT, s, index) && !isExtendAt(s, index, cp);
}

const INDIC_LETTER = /\p{Lo}/uy;

/** Whether a code point is a virama that joins two Indic consonants into one cluster (GB9c). */
function isIndicLinker(cp: number): boolean {
  return cp === 0x094d || cp === 0x09cd || cp === 0x0acd || cp === 0x0b4d || cp === 0x0c4d || cp === 0x0d4d;
}

/** Whether the code point at `index` is a consonant of a script whose virama forms conjuncts
 * (Devanagari, Bengali, Gujarati, Oriya, Telugu, Malayalam: InCB=Consonant, approximated by letters). */
function isIndicConsonantAt(s: string, index: number, cp: number): boolean {
  const block = cp >> 7;
  // 0x0900 Devanagari, 0x0980 Bengali, 0x0A80 Gujarati, 0x0B00 Oriya, 0x0C00 Telugu, 0x0D00 Malayalam.
  if (block !== 0x12 && block !== 0x13 && block !== 0x15 && block !== 0x16 && block !== 0x18 && block !== 0x1a) return false;
  INDIC_LETTER.lastIndex = index;
  return INDIC_LETTER.test(s);
}

/** Whether a code point is a regional indicator (half of a flag). */
function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** A Hangul syllable class: none, leading, vowel, trailing jamo, or a precomposed LV / LVT syllable. */
type Hangul = 'none' | 'L' | 'V' | 'T' | 'LV' | 'LVT';

/** The Hangul syllable class of a code point (conjoining jamo and precomposed syllables). */
function hangulClass(cp: number): Hangul {
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c)) return 'L';
  if ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6)) return 'V';
  if ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb)) return 'T';
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? 'LV' : 'LVT';
  return 'none';
}

/** Whether two Hangul classes stay in one syllable (GB6–GB8). */
function hangulJoins(before: Hangul, after: Hangul): boolean {
  switch (before) {
    case 'L':
      return after === 'L' || after === 'V' || after === 'LV' || after === 'LVT';
    case 'LV':
    case 'V':
      return after === 'V' || after === 'T';
    case 'LVT':
    case 'T':
      return after === 'T';
    case 'none':
      return false;
  }
}

/** The index just past the grapheme cluster that starts at `start` in `s` (start < s.length). */
export function clusterEnd(s: string, start: number): number {
  const n = s.length;
  const first = s.codePointAt(start);
  if (first === undefined) return n;
  let i = start + codePointLength(first);
  if (first === 0x0d) return s.charCodeAt(i) === 0x0a ? i + 1 : i;
  if (isControlAt(s, start, first)) return i;
  if (first < 0x7f && (i >= n || s.charCodeAt(i) < 0x300)) return i;

  if (isRegionalIndicator(first)) {
    const next = s.codePointAt(i);
    if (next !== undefined && isRegionalIndicator(next)) i += 2;
  } else {
    let hangul = hangulClass(first);
    while (hangul !== 'none' && i < n) {
      const after = hangulClass(s.charCodeAt(i));
      if (!hangulJoins(hangul, after)) break;
      hangul = after;
      i += 1;
    }
  }

  let pictographic = isPictographicAt(s, start, first);
  const indic = isIndicConsonantAt(s, start, first);
  let afterZwj = false;
  let afterLinker = false;
  while (i < n) {
    const cp = s.codePointAt(i) as number;
    const len = codePointLength(cp);
    if (cp === 0x200d) {
      afterZwj = pictographic;
      i += len;
    } else if (isExtendAt(s, i, cp)) {
      afterZwj = false;
      if (indic && isIndicLinker(cp)) afterLinker = true;
      i += len;
    } else if (afterLinker && isIndicConsonantAt(s, i, cp)) {
      afterLinker = false;
      i += len;
    } else if (afterZwj && isPictographicAt(s, i, cp)) {
      afterZwj = false;
      pictographic = true;
      i += len;
    } else {
      break;
    }
  }
  return i;
}
