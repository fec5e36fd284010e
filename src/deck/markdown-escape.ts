// Plain text ⇄ one literal Markdown inline run: the escaping used for bullet text and slide titles.
// A slide's body is Markdown, so the deck owns it: compose writes with it, src/markdown reads back with it.

/** Characters CommonMark lets a backslash escape. */
const ASCII_PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

/** Escaped wherever they stand: each can open code, emphasis, links, strikethrough or a table cell. */
const ALWAYS = new Set(['\\', '`', '*', '[', ']', '~', '|']);

/** A URL scheme whose bare links markdownlint flags (MD034) and GFM links by itself. */
const URL_START = /(?:https?|ftp):\/\//iy;
/** Characters a URL runs on (RFC 3986, plus any non-ASCII character but white space); others end it. */
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]|[^\x00-\x7f\s]/u;
/** Trailing characters GFM leaves out of a bare link, as a reader would. */
const URL_TRAILING = new Set(['?', '!', '.', ',', ':', ';', '*', '_', '~', "'", '"']);
/** An HTML character reference, which Markdown would decode. */
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
/** An ordered-list marker at the start of a line. */
const ORDERED_MARKER = /[0-9]{1,9}[.)](?=\s|$)/y;
const WORD = /[\p{L}\p{N}]/u;
const EMAIL_LOCAL = /[A-Za-z0-9._+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9_-]/;
/** A CommonMark autolink: `<scheme:…>` or `<address@domain>`. */
const AUTOLINK =
  /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;

/**
 * Escapes plain text so that Markdown shows it literally as one inline run — in a list item, a
 * paragraph or a heading, at the start of a line too. Newlines and tabs become spaces; URLs become
 * `<…>` autolinks; no raw HTML survives. The text is not trimmed (callers join escaped fragments).
 */
export function escapeMarkdownInline(text: string): string {
  const s = oneLine(text);
  const out: string[] = [];
  const first = firstNonBlank(s);
  const closing = closingHashes(s);
  let i = 0;
  while (i < s.length) {
    const url = urlAt(s, i);
    if (url > i) {
      out.push('<', s.slice(i, url), '>');
      i = url;
      continue;
    }
    const c = s[i] as string;
    if (i === first) {
      const escaped = lineStart(s, i);
      if (escaped !== undefined) {
        out.push(escaped.text);
        i += escaped.length;
        continue;
      }
    }
    out.push(needsEscape(s, i, closing) ? `\\${c}` : c);
    i++;
  }
  return out.join('');
}

/**
 * Reverses the escapes Markdown itself removes: a backslash before ASCII punctuation, and `<…>`
 * autolinks (their text is shown without the brackets). The inverse of `escapeMarkdownInline` on
 * one-line text.
 */
export function unescapeMarkdownInline(markdown: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < markdown.length) {
    const c = markdown[i] as string;
    const next = markdown[i + 1];
    if (c === '\\' && next !== undefined && ASCII_PUNCTUATION.has(next)) {
      out.push(next);
      i += 2;
      continue;
    }
    if (c === '<') {
      AUTOLINK.lastIndex = i;
      const match = AUTOLINK.exec(markdown);
      if (match) {
        out.push(match[0].slice(1, -1));
        i += match[0].length;
        continue;
      }
    }
    out.push(c);
    i++;
  }
  return out.join('');
}

/** Newlines and tabs as spaces: the text must stay one inline run. */
function oneLine(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0d) {
      out += text.slice(start, i);
      // CRLF is one line break, so one space.
      if (!(c === 0x0a && text.charCodeAt(i - 1) === 0x0d)) out += ' ';
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

function firstNonBlank(s: string): number {
  let i = 0;
  while (i < s.length && s[i] === ' ') i++;
  return i;
}

/**
 * Where a trailing run of `#` starts when a space precedes it — an ATX heading would drop it as
 * its closing sequence — else -1.
 */
function closingHashes(s: string): number {
  let end = s.length;
  while (end > 0 && s[end - 1] === ' ') end--;
  let start = end;
  while (start > 0 && s[start - 1] === '#') start--;
  if (start === end || start === 0) return -1;
  return s[start - 1] === ' ' ? start : -1;
}

/** The escaped form of a block marker at the start of the line, if one stands at `i`. */
function lineStart(s: string, i: number): { text: string; length: number } | undefined {
  const c = s[i] as string;
  const next = s[i + 1];
  const spaceOrEnd = next === undefined || /\s/.test(next);
  if (c === '#' || c === '>') return { text: `\\${c}`, length: 1 };
  if (c === '+' && spaceOrEnd) return { text: '\\+', length: 1 };
  // `-` starts a list item (`- `), a thematic break (`---`, `- - -`) or a setext underline.
  if (c === '-' && (spaceOrEnd || next === '-')) return { text: '\\-', length: 1 };
  ORDERED_MARKER.lastIndex = i;
  const marker = ORDERED_MARKER.exec(s);
  if (marker) return { text: `${marker[0].slice(0, -1)}\\${marker[0].slice(-1)}`, length: marker[0].length };
  return undefined;
}

function needsEscape(s: string, i: number, closing: number): boolean {
  const c = s[i] as string;
  if (ALWAYS.has(c)) return true;
  switch (c) {
    case '_':
      // An underscore inside a word never opens or closes emphasis: snake_case stays readable.
      return !(isWordChar(s, i - 1) && isWordChar(s, i + 1));
    case '<':
      // A tag, a comment, a processing instruction or an autolink starts with one of these.
      return /[A-Za-z/!?]/.test(s[i + 1] ?? '');
    case '!':
      return s[i + 1] === '[';
    case '&':
      ENTITY.lastIndex = i;
      return ENTITY.test(s);
    case '#':
      return i === closing;
    case '@':
      // Breaks GFM's bare e-mail link (and markdownlint's MD034) while showing the same text.
      return EMAIL_LOCAL.test(s[i - 1] ?? '') && EMAIL_DOMAIN.test(s[i + 1] ?? '');
    case '.':
      // Likewise for a bare `www.` link (marked links it even inside a word, after an e-mail-like run).
      return i >= 3 && s.slice(i - 3, i).toLowerCase() === 'www';
    default:
      return false;
  }
}

/** The end of a bare URL starting at `i` (after the trailing punctuation GFM leaves out), else `i`. */
function urlAt(s: string, i: number): number {
  const c = s[i];
  // marked links `https://` even inside a word, so the check does not look behind.
  if (c !== 'h' && c !== 'H' && c !== 'f' && c !== 'F') return i;
  URL_START.lastIndex = i;
  const start = URL_START.exec(s);
  if (!start) return i;
  let end = i + start[0].length;
  while (end < s.length) {
    const code = s.codePointAt(end) as number;
    const ch = String.fromCodePoint(code);
    if (!URL_CHAR.test(ch)) break;
    end += ch.length;
  }
  let opened = 0;
  for (let k = i; k < end; k++) if (s[k] === '(') opened++;
  let closed = 0;
  for (let k = i; k < end; k++) if (s[k] === ')') closed++;
  while (end > i + start[0].length) {
    const last = s[end - 1] as string;
    if (URL_TRAILING.has(last)) end--;
    else if (last === ')' && closed > opened) {
      closed--;
      end--;
    } else break;
  }
  return end > i + start[0].length ? end : i;
}

function isWordChar(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const code = s.codePointAt(i) as number;
  // A low surrogate: look at the whole code point.
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) return WORD.test(String.fromCodePoint(s.codePointAt(i - 1) as number));
  return WORD.test(String.fromCodePoint(code));
}
