// A leading YAML front-matter block, read just far enough for an article's metadata.
import { sanitizeText } from './sanitize';

/** A text split into its front matter (if any) and the rest. */
export interface FrontMatterSplit {
  /** Top-level `key: value` scalars, unquoted; nested blocks and non-scalar values are left out. */
  readonly fields: Record<string, string>;
  /** The YAML between the two `---` fences (without them), or null when there is no front matter. */
  readonly raw: string | null;
  /** Everything after the closing fence line (the whole text when there is no front matter). */
  readonly body: string;
}

const FENCE = '---';
const KEY = /^([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:(?:[ \t]+(.*))?$/;

/** Splits a leading `---` … `---` block off a text and reads its simple `key: value` lines. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const firstEnd = lineEnd(text, 0);
  if (stripCr(text.slice(0, firstEnd)).trimEnd() !== FENCE) return { fields: {}, raw: null, body: text };

  const rawStart = nextLine(text, firstEnd);
  let start = rawStart;
  while (start < text.length) {
    const end = lineEnd(text, start);
    const line = stripCr(text.slice(start, end));
    if (line.trimEnd() === FENCE) {
      const raw = text.slice(rawStart, start).replace(/\r?\n$/, '');
      return { fields: readFields(raw), raw, body: text.slice(nextLine(text, end)) };
    }
    start = nextLine(text, end);
  }
  return { fields: {}, raw: null, body: text };
}

function readFields(raw: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const rawLine of raw.split('\n')) {
    const line = stripCr(rawLine);
    // Indented lines belong to a nested block (e.g. `options:`): not simple fields.
    if (line === '' || line.startsWith(' ') || line.startsWith('\t') || line.startsWith('#')) continue;
    const match = KEY.exec(line);
    if (!match) continue;
    const key = match[1] as string;
    const value = scalar((match[2] ?? '').trim());
    if (value !== null && value !== '') fields[key] = value;
  }
  return fields;
}

/** A YAML scalar as a string, or null when the value is not a one-line scalar. */
function scalar(value: string): string | null {
  if (value === '') return null;
  const first = value[0];
  if (first === '"') {
    const close = closingDoubleQuote(value);
    if (close < 0) return null;
    try {
      // `\u001b` and the like are escapes only here: what they decode to is sanitised like the rest of the text.
      return sanitizeText(JSON.parse(value.slice(0, close + 1)) as string);
    } catch {
      return value.slice(1, close);
    }
  }
  if (first === "'") {
    let out = '';
    for (let i = 1; i < value.length; i++) {
      const c = value[i];
      if (c === "'") {
        if (value[i + 1] === "'") {
          out += "'";
          i++;
          continue;
        }
        return out;
      }
      out += c;
    }
    return null;
  }
  // Flow collections, block scalars, anchors, aliases and tags are not simple fields.
  if ('[{|>&*!'.includes(first as string)) return null;
  const comment = value.search(/[ \t]#/);
  return (comment >= 0 ? value.slice(0, comment) : value).trim();
}

function closingDoubleQuote(value: string): number {
  for (let i = 1; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === '"') return i;
  }
  return -1;
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

function nextLine(text: string, end: number): number {
  return end < text.length ? end + 1 : text.length;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
