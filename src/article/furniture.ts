// Page furniture in text pasted from a web page (menus, cookie notices, share and newsletter lines…), by the rules of furniture.json.
import furniture from './furniture.json';

/** One line taken out of an article as page furniture. */
export interface RemovedFurniture {
  /** The line's number in the text's body (front matter excluded), from 1. */
  readonly line: number;
  /** The line as it was, trimmed. */
  readonly text: string;
  /** Why it went, e.g. "cookie or consent notice". */
  readonly why: string;
}

/** A body without its furniture, what went, and the metadata its byline and dateline gave. */
export interface FurnitureCleaned {
  /** The body with each removed line left blank (so it still separates paragraphs). */
  readonly body: string;
  /** What was removed, in order. */
  readonly removed: readonly RemovedFurniture[];
  /** The author names of a byline ("By Ann Lee" → "Ann Lee"). */
  readonly byline?: string;
  /** A date a byline or publication line gives ("Published 11 March 2025" → "11 March 2025"). */
  readonly date?: string;
}

/** When to remove furniture: only when the text shows a sign of a pasted page (`auto`), or always (a page's text). */
export type FurnitureMode = 'auto' | 'always';

interface Rule {
  readonly why: string;
  readonly strong: boolean;
  readonly isByline: boolean;
  readonly isDateline: boolean;
  readonly linksFollow: boolean;
  readonly maxChars: number;
  /** Matches when the lower-cased line holds one of the rule's `requires` strings; undefined: the pattern is always tried. */
  readonly requires: RegExp | undefined;
  readonly pattern: RegExp;
}

const RULES: readonly Rule[] = furniture.rules.map((rule) => ({
  why: rule.why,
  strong: rule.strong,
  isByline: 'byline' in rule && rule.byline === true,
  isDateline: 'dateline' in rule && rule.dateline === true,
  linksFollow: 'linksFollow' in rule && rule.linksFollow === true,
  maxChars: rule.maxChars,
  requires: 'requires' in rule && Array.isArray(rule.requires) ? new RegExp(rule.requires.map(escapeRegExp).join('|'), 'u') : undefined,
  pattern: new RegExp(rule.pattern, 'iu'),
}));
const STRONG_RULES = RULES.filter((rule) => rule.strong);
const LONGEST = Math.max(...RULES.map((rule) => rule.maxChars));
const WORDS = new Set(furniture.words.map((word) => word.toLowerCase()));
const WORD_SEPARATORS = /\s*[|·•/>›]\s*|\s{2,}/u;
const MONTH = furniture.months.join('|');
const DATE = new RegExp(
  `\\b(\\d{1,2}(?:er)?\\s+(?:${MONTH})\\.?\\s+\\d{4}|(?:${MONTH})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})\\b`,
  'iu',
);
const BYLINE_LEAD = /^(?:by|par)\s+/iu;
const BYLINE_END = /\s*(?:,|—|–|-|·|\|).*$/u;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
/** A line block reading keeps as structure: a heading or a list item. */
const STRUCTURE = /^ {0,3}(?:#{1,6}\s|[-*+•]\s|\d{1,9}[.)]\s)/;
const FINAL_PUNCTUATION = /[.!?…:;,"»”)]$/u;
const HAS_LETTER = /\p{L}/u;
/** Longest line taken for a headline under "Related". */
const MAX_LINK = 150;

/** What one line is, before the run of menu lines is looked for. */
interface LineFurniture {
  readonly why: string;
  readonly strong: boolean;
  readonly rule?: Rule;
}

/**
 * Removes the furniture of a pasted web page from an article body. Each line (outside code fences,
 * headings and list items) is checked against the rules of furniture.json; a line made only of menu,
 * footer and button words, and a run of short menu lines, are furniture too. In `auto` mode nothing is
 * removed unless one strong sign (a menu, a cookie notice, share buttons, a newsletter or copyright
 * line, an advertisement label, a breadcrumb, a skip link) shows that the text was pasted from a page;
 * then captions, "read more" links, bylines and publication lines go as well. Linear in the body.
 */
export function removeFurniture(body: string, mode: FurnitureMode): FurnitureCleaned {
  const lines = body.split('\n');
  // Strong signs first: a clean article (most input) is looked at once, without the weaker rules.
  if (mode === 'auto' && !scan(lines, STRONG_RULES).some((entry) => entry?.strong === true)) return { body, removed: [] };
  const found = scan(lines, RULES);
  markLinkLists(lines, found);

  const removed: RemovedFurniture[] = [];
  let byline: string | undefined;
  let date: string | undefined;
  const kept = lines.map((raw, i) => {
    const entry = found[i];
    if (entry === undefined) return raw;
    const text = raw.trim();
    removed.push({ line: i + 1, text, why: entry.why });
    if (entry.rule?.isByline === true && byline === undefined) byline = text.replace(BYLINE_LEAD, '').replace(BYLINE_END, '');
    if ((entry.rule?.isByline === true || entry.rule?.isDateline === true) && date === undefined) date = DATE.exec(text)?.[1];
    return '';
  });
  return {
    body: kept.join('\n'),
    removed,
    ...(byline === undefined || byline === '' ? {} : { byline }),
    ...(date === undefined ? {} : { date }),
  };
}

/** What each line is by `rules`, word lines and menu runs included (undefined: not furniture). */
function scan(lines: readonly string[], rules: readonly Rule[]): (LineFurniture | undefined)[] {
  const found: (LineFurniture | undefined)[] = new Array(lines.length);
  const short: boolean[] = new Array(lines.length).fill(false);
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (FENCE.test(line)) fence = !fence;
    if (fence || line === '' || line.length > LONGEST || STRUCTURE.test(line)) continue;
    found[i] = lineFurniture(line, rules);
    short[i] = found[i] === undefined && isMenuLike(line);
  }
  markNavigationRuns(lines, found, short);
  return found;
}

function lineFurniture(line: string, rules: readonly Rule[]): LineFurniture | undefined {
  let lower: string | undefined;
  for (const rule of rules) {
    if (line.length > rule.maxChars) continue;
    if (rule.requires !== undefined && !rule.requires.test((lower ??= line.toLowerCase()))) continue;
    if (rule.pattern.test(line)) return { why: rule.why, strong: rule.strong, rule };
  }
  return line.length <= furniture.wordLines.maxChars && isWordLine(lower ?? line.toLowerCase()) ? { why: 'menu, footer or button words', strong: true } : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A line made only of menu, footer and button words (at least two): "Terms | Privacy | Cookie policy", "WhatsApp Email". */
function isWordLine(lower: string): boolean {
  let count = 0;
  for (const part of lower.split(WORD_SEPARATORS)) {
    if (part === '') continue;
    if (WORDS.has(part)) {
      count++;
      continue;
    }
    const words = part.split(/\s+/u);
    if (words.length < 2 || !words.every((word) => WORDS.has(word))) return false;
    count += words.length;
  }
  return count >= furniture.wordLines.minParts;
}

/** A line a menu is made of: a few words, no sentence punctuation at its end. */
function isMenuLike(line: string): boolean {
  const { maxWords, maxChars } = furniture.navigationRun;
  return line.length <= maxChars && HAS_LETTER.test(line) && !FINAL_PUNCTUATION.test(line) && line.split(/\s+/u).length <= maxWords;
}

/**
 * Marks runs of menu-like lines as navigation: at least `minLines` lines, short ones or other furniture,
 * of which at least `minShortLines` are short; blank lines between them allowed.
 */
function markNavigationRuns(lines: readonly string[], found: (LineFurniture | undefined)[], short: readonly boolean[]): void {
  const { minLines, minShortLines } = furniture.navigationRun;
  let start = -1;
  let count = 0;
  let shortCount = 0;
  const close = (end: number): void => {
    if (count >= minLines && shortCount >= minShortLines) {
      for (let j = start; j < end; j++) if (short[j] === true) found[j] = { why: 'navigation menu', strong: true };
    }
    start = -1;
    count = 0;
    shortCount = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const isShort = short[i] === true;
    if (isShort || found[i] !== undefined) {
      if (start < 0) start = i;
      count++;
      if (isShort) shortCount++;
    } else if ((lines[i] as string).trim() !== '') {
      close(i);
    }
  }
  close(lines.length);
}

/** The lines right under a lone "Related" or "Read more" line, up to a blank line, that read as headlines (no final punctuation). */
function markLinkLists(lines: readonly string[], found: (LineFurniture | undefined)[]): void {
  for (let i = 0; i < lines.length; i++) {
    const entry = found[i];
    if (entry?.rule?.linksFollow !== true || /[:：»>]/u.test(lines[i] as string)) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = (lines[j] as string).trim();
      if (line === '' || found[j] !== undefined || FINAL_PUNCTUATION.test(line) || line.length > MAX_LINK) break;
      found[j] = { why: 'link to another story', strong: entry.strong, rule: entry.rule };
    }
  }
}
