// A plain-text header of `key: value` lines at the top (under a `# ` title line, if any), read like front matter.

/** A text split into its header fields (if any) and the rest. */
export interface HeaderSplit {
  /** The header's fields by lower-case key (`language` read as `lang`, `url` as `source`, `published` as `date`); empty when there is no header. */
  readonly fields: Record<string, string>;
  /** The text without the header lines (a title line above them stays). */
  readonly body: string;
}

/** The keys a header line may have: what an article's metadata is, never a word that opens a sentence. */
const HEADER_KEYS = new Set(['source', 'url', 'lang', 'language', 'date', 'published', 'author', 'byline']);
/** Keys read as another: `language` is `lang`, `url` is `source`, `published` is `date`. */
const KEY_OF: Readonly<Record<string, string>> = { language: 'lang', url: 'source', published: 'date' };
const HEADER_LINE = /^([A-Za-z_]+)[ \t]*:[ \t]+(\S.*)$/u;
const TITLE_LINE = /^#[ \t]+\S/u;
/** A value that says the field is not known ("unknown", "inconnue (fictional)"). */
const NOT_KNOWN = /^(?:unknown|inconnue?|n\/a|none|aucune?)\b/iu;
/** How many lines a header may have: a longer run of "key: value" lines is text. */
const MAX_HEADER_LINES = 8;

/**
 * Reads a header such as `# Title` / `source: https://…` / `lang: fr` / `date: 2018-06-29`: one to
 * eight lines, each a known key, a colon and a value, at the top of the text or right under its
 * first line when that is a `# ` heading, ended by a blank line, with text after it. The lines leave the body;
 * a value that says it is not known is left out; a source that opens on a URL is that URL; a date loses the comment
 * in parentheses after it.
 */
export function splitHeaderLines(text: string): HeaderSplit {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && (lines[first] as string).trim() === '') first++;
  if (first < lines.length && TITLE_LINE.test(lines[first] as string)) first++;
  const fields: Record<string, string> = {};
  let end = first;
  while (end < lines.length && end - first < MAX_HEADER_LINES) {
    const line = (lines[end] as string).replace(/\r$/u, '');
    if (line.trim() === '') break;
    const match = HEADER_LINE.exec(line);
    const key = match?.[1]?.toLowerCase();
    if (match === null || key === undefined || !HEADER_KEYS.has(key)) return { fields: {}, body: text };
    const value = (match[2] as string).trim();
    const name = KEY_OF[key] ?? key;
    if (!NOT_KNOWN.test(value) && fields[name] === undefined) fields[name] = name === 'source' ? sourceOf(value) : name === 'date' ? dateOf(value) : value;
    end++;
  }
  const isEnded = end >= lines.length || (lines[end] as string).trim() === '';
  const hasText = lines.slice(end).some((line) => line.trim() !== '');
  if (end === first || !isEnded || !hasText) return { fields: {}, body: text };
  return { fields, body: [...lines.slice(0, first), ...lines.slice(end)].join('\n') };
}

/** "2016-03-17 (from the URL)" → the date without the comment that follows it. */
function dateOf(value: string): string {
  const cut = value.indexOf(' (');
  return cut > 0 ? value.slice(0, cut).trim() : value;
}

/** "https://example.org/a (via an archive)" → the URL; any other value as it is. */
function sourceOf(value: string): string {
  const url = /^https?:\/\/\S+/u.exec(value)?.[0];
  return url ?? value;
}
