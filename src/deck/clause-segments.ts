// A sentence cut into the stretches between its clause punctuation (outside quotations): what deletions work on.

/** What separates two stretches of a sentence. */
export type DelimiterKind = 'comma' | 'semicolon' | 'colon' | 'dash' | 'open' | 'close';

/** A clause punctuation mark outside quotations. */
export interface Delimiter {
  /** What it is. */
  readonly kind: DelimiterKind;
  /** Where the mark starts. */
  readonly start: number;
  /** Where the mark ends (the mark is one character). */
  readonly end: number;
}

/** A stretch of words between two delimiters (or a sentence edge), without its surrounding spaces. */
export interface Segment {
  /** Where its first non-space character is. */
  readonly start: number;
  /** Where it ends, after its last non-space character (before a final full stop for the last one). */
  readonly end: number;
  /** The delimiter before it, undefined for the first. */
  readonly before?: Delimiter;
  /** The delimiter after it, undefined for the last. */
  readonly after?: Delimiter;
}

const FINAL_STOP = /[\s.!?…]+$/u;
/** White space: ASCII spaces, no-break spaces and the other Unicode spaces, tested without a regular expression for ASCII. */
function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && OTHER_SPACE.test(ch));
}
const OTHER_SPACE = /\s/u;

/**
 * The segments of `text` from `from` on: commas, semicolons and colons followed by a space, spaced
 * dashes and em dashes separate them, except inside quotation marks and parentheses. One pass;
 * `all` is `clauseDelimiters(text, from)` when the caller has it already.
 */
export function clauseSegments(text: string, from = 0, all: readonly Delimiter[] = clauseDelimiters(text, from)): Segment[] {
  // A parenthesis is one aside inside its segment, not a boundary: "Les dirigeants de l’UE (28), réunis…".
  let depth = 0;
  const delimiters = all.filter((d) => {
    if (d.kind === 'open') depth++;
    else if (d.kind === 'close') depth = Math.max(0, depth - 1);
    else return depth === 0;
    return false;
  });
  const stop = text.length - (FINAL_STOP.exec(text.slice(-8))?.[0].length ?? 0);
  const segments: Segment[] = [];
  let start = from;
  let before: Delimiter | undefined;
  for (const d of [...delimiters, undefined]) {
    const end = d === undefined ? Math.max(start, stop) : d.start;
    const [s, e] = trimmed(text, start, end);
    segments.push({ start: s, end: e, ...(before === undefined ? {} : { before }), ...(d === undefined ? {} : { after: d }) });
    if (d !== undefined) {
      start = d.end;
      before = d;
    }
  }
  return segments;
}

/** The clause punctuation of `text` outside quotation marks, in order. */
export function clauseDelimiters(text: string, from = 0): Delimiter[] {
  const out: Delimiter[] = [];
  let guillemets = 0;
  let curly = 0;
  let straight = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '«') guillemets++;
    else if (ch === '»') guillemets = Math.max(0, guillemets - 1);
    else if (ch === '“') curly++;
    else if (ch === '”') curly = Math.max(0, curly - 1);
    else if (ch === '"') straight ^= 1;
    if (guillemets > 0 || curly > 0 || straight > 0) continue;
    // `…activity," he said`: a comma just inside a closing quotation mark ends the clause at the mark.
    if (isClosingQuote(ch) && text[i - 1] === ',' && isSpace(text[i + 1])) {
      out.push({ kind: 'comma', start: i + 1, end: i + 1 });
      continue;
    }
    const kind = delimiterAt(text, i);
    if (kind !== undefined) out.push({ kind, start: i, end: i + 1 });
  }
  return out;
}

function isClosingQuote(ch: string): boolean {
  return ch === '"' || ch === '”' || ch === '»';
}

function delimiterAt(text: string, i: number): DelimiterKind | undefined {
  const ch = text[i];
  const next = text[i + 1] ?? ' ';
  const prev = text[i - 1] ?? ' ';
  const spacedAfter = isSpace(next);
  switch (ch) {
    case ',':
      return spacedAfter ? 'comma' : undefined;
    case ';':
      return spacedAfter ? 'semicolon' : undefined;
    case ':':
      return spacedAfter ? 'colon' : undefined;
    case '—':
      return 'dash';
    case '–':
    case '-':
      return spacedAfter && isSpace(prev) ? 'dash' : undefined;
    case '(':
      return 'open';
    case ')':
      return 'close';
    default:
      return undefined;
  }
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}
