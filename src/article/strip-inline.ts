// Inline Markdown markup removed from a unit's text, its words kept.

// Every pattern below is linear: each bracket or marker scans at most to the next one of its kind.
const AUTOLINK = /<((?:https?|ftp|mailto):[^<>\s]+)>/g;
const LINK = /!?\[([^[\]]*)\]\(([^()\s]*)(?:[ \t]+"[^"\n]*")?\)/g;
const STRONG = /\*\*|__/g;
const EMPHASIS_STAR = /(^|[\s([{«“‘"'/-])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?=$|[\s.,;:!?)\]}»”’"'/-])/g;
const EMPHASIS_UNDERSCORE = /(^|[\s([{«“‘"'/-])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?=$|[\s.,;:!?)\]}»”’"'/-])/g;
const BACKTICKS = /`+/g;
const ESCAPED = /\\([!-/:-@[-`{-~])/g;

/**
 * Removes inline Markdown from `text`: links and images become their text, autolinks their
 * address, `**`, `__`, backticks and single `*`/`_` emphasis markers go, and backslash escapes
 * become the character they escape. HTML is text: a `<script>` stays as written, never interpreted.
 */
export function stripInlineMarkdown(text: string): string {
  if (!/[<[*_`\\]/.test(text)) return text;
  return text
    .replace(AUTOLINK, '$1')
    .replace(LINK, '$1')
    .replace(STRONG, '')
    .replace(EMPHASIS_STAR, '$1$2')
    .replace(EMPHASIS_UNDERSCORE, '$1$2')
    .replace(BACKTICKS, '')
    .replace(ESCAPED, '$1');
}
