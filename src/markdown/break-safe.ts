// Top-level blocks rewritten so that maaslalani/slides, which splits a file on the literal
// `\n---\n` (and `\n~~~\n`), cuts slides only where briefing put a break — same meaning to marked,
// Marp and presenterm. The export writes them this way; reading a deck writes them back.
import type { Token, Tokens } from 'marked';
import { lexMarkdown } from './lex';

/** An opening code fence: up to three spaces, then three or more backticks or tildes. */
const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})/;
/** A line a literal split reads as a slide break. */
const BREAK_LINE = /^(?:---|~~~)$/m;
/**
 * The raw HTML blocks that marked lets run to the end of the document when their end marker is
 * missing (CommonMark's kinds 1 to 5), with the marker that ends each.
 */
const OPEN_ENDED_HTML: readonly { readonly start: RegExp; readonly end: (start: RegExpExecArray) => string }[] = [
  { start: /^ {0,3}<(script|pre|style|textarea)[\s>]/i, end: (start) => `</${start[1] as string}>` },
  { start: /^ {0,3}<!--(?!-?>)/, end: () => '-->' },
  { start: /^ {0,3}<\?/, end: () => '?>' },
  { start: /^ {0,3}<!\[CDATA\[/, end: () => ']]>' },
  { start: /^ {0,3}<![A-Za-z]/, end: () => '>' },
];
/** A line that may open one of them. */
const OPEN_ENDED_HTML_LINE = /^ {0,3}<(?:!|\?|(?:script|pre|style|textarea)[\s>])/im;

/**
 * A body as the export writes it: a top-level fenced code block holding a line `---` or `~~~` is
 * moved one space in (CommonMark removes that space from its content again); a setext heading
 * becomes an ATX heading (its `---` underline would split too, and markdownlint wants one style);
 * such a line in raw HTML gets a leading space; a code fence or an HTML block left open is closed.
 */
export function breakSafeBody(body: string): string {
  if (
    !BREAK_LINE.test(body) &&
    !body.includes('```') &&
    !body.includes('~~~') &&
    !/^ {0,3}(?:=+|-+)[ \t]*$/m.test(body) &&
    !OPEN_ENDED_HTML_LINE.test(body)
  ) {
    return body;
  }
  return lexMarkdown(body)
    .map((token) => breakSafeToken(token))
    .join('');
}

/** One top-level token's source as the export writes it. */
function breakSafeToken(token: Token): string {
  if (token.type === 'heading') return atxHeading(token as Tokens.Heading);
  // Inside raw HTML a leading space means nothing; a comment or block keeps its extent.
  if (token.type === 'html') return closeHtml(token.raw).replace(/^(---|~~~)$/gm, ' $1');
  if (token.type !== 'code') return token.raw;
  const fence = canonicalFence(closeFence(token.raw));
  if (fence === undefined || !BREAK_LINE.test(fence)) return fence ?? token.raw;
  return fence
    .split('\n')
    .map((line) => (line === '' ? line : ` ${line}`))
    .join('\n');
}

/**
 * A top-level token's source as a deck is read: a fenced code block at column 0 (its lines moved
 * left by the fence's indentation, as CommonMark reads them) and closed, a setext heading as ATX,
 * raw HTML closed and its ` ---` and ` ~~~` lines without their space: the inverse of `breakSafeBody`.
 */
export function canonicalTokenSource(token: Token, raw: string = token.raw): string {
  if (token.type === 'heading') return atxHeading(token as Tokens.Heading, raw);
  if (token.type === 'code') return canonicalFence(closeFence(raw)) ?? raw;
  if (token.type === 'html') return closeHtml(raw).replace(/^ (---|~~~)$/gm, '$1');
  return raw;
}

/**
 * A code block's source with its closing fence: a fence left open runs to the end of the document,
 * and the comments the export puts after a body would become code.
 */
export function closeFence(raw: string): string {
  const open = FENCE_OPEN.exec(raw)?.[2];
  if (open === undefined) return raw;
  let end = raw.length;
  while (end > 0 && raw[end - 1] === '\n') end--;
  const text = raw.slice(0, end);
  const lines = text.split('\n');
  const last = lines.length > 1 ? (lines.at(-1) as string).trim() : '';
  const closes = last.length >= open.length && [...last].every((c) => c === open[0]);
  const indent = FENCE_OPEN.exec(raw)?.[1] ?? '';
  return closes ? raw : `${text}\n${indent}${open}${raw.slice(end)}`;
}

/**
 * A raw HTML block's source with its end marker on a line of its own when it had none: such a block
 * (an unclosed `<!--`, `<?`, `<!X`, `<![CDATA[`, `<pre>`…) runs to the end of the document, and
 * would swallow the comments and the slide break the export puts after a body.
 */
export function closeHtml(raw: string): string {
  for (const kind of OPEN_ENDED_HTML) {
    const start = kind.start.exec(raw);
    if (start === null) continue;
    const end = kind.end(start);
    if (raw.slice(start[0].length).toLowerCase().includes(end.toLowerCase())) return raw;
    let cut = raw.length;
    while (cut > 0 && (raw[cut - 1] === '\n' || raw[cut - 1] === ' ' || raw[cut - 1] === '\t')) cut--;
    return `${raw.slice(0, cut)}\n${end}${raw.slice(cut).replace(/[^\n]/g, '')}`;
  }
  return raw;
}

/** A fenced code block's source moved to column 0; undefined for an indented code block. */
function canonicalFence(raw: string): string | undefined {
  const open = FENCE_OPEN.exec(raw);
  if (open === null) return undefined;
  const indent = (open[1] as string).length;
  if (indent === 0) return raw;
  return raw
    .split('\n')
    .map((line) => {
      let cut = 0;
      while (cut < indent && line[cut] === ' ') cut++;
      return line.slice(cut);
    })
    .join('\n');
}

/** An ATX heading unchanged; a setext heading as `#`/`##` and its lines joined by spaces. */
function atxHeading(token: Tokens.Heading, raw: string = token.raw): string {
  // ATX: one line opening on 1–6 `#` then a space or the end (`#\` over a `---` is a setext heading).
  if (/^ {0,3}#{1,6}(?:[ \t]|\n|$)/.test(raw)) return raw;
  let end = raw.length;
  while (end > 0 && (raw[end - 1] === '\n' || raw[end - 1] === ' ' || raw[end - 1] === '\t')) end--;
  const trailing = raw.slice(end).replace(/[^\n]/g, '');
  const lines = raw.slice(0, end).split('\n').slice(0, -1);
  // A run of `#` after a space would read as the ATX closing sequence: escape its first `#`.
  const text = lines
    .map((line) => line.trim())
    .join(' ')
    .replace(/([ \t])(#+)$/, '$1\\$2');
  return `${'#'.repeat(token.depth)} ${text}${trailing === '' ? '' : trailing}`;
}
