// A Markdown deck's source cut into front matter and slide parts of marked tokens.
import type { Token } from 'marked';
import { splitFrontMatter } from '../article/front-matter';
import { classifyComment, commentBody } from './deck-comment';
import { lexMarkdown } from './lex';

/** A Markdown deck lexed: its front-matter fields and its top-level tokens cut into parts. */
export interface DeckSource {
  /** Front-matter `key: value` scalars; empty without front matter. */
  readonly fields: Readonly<Record<string, string>>;
  /** The parts between slide breaks (thematic breaks, `<!-- end_slide -->`), breaks left out. */
  readonly parts: readonly (readonly Token[])[];
  /** Whether the deck has at least one slide break. */
  readonly hasBreaks: boolean;
  /** Whether the deck carries a `<!-- // briefing: … -->` machine comment (briefing wrote it). */
  readonly hasMachineComment: boolean;
}

/** A YAML mapping line, a comment, a list item, or an indented continuation. */
const YAML_LINE = /^(?:[ \t]|#|- |-$|[^\s:#][^:]*:(?:[ \t]|$))/;

/** The last text read: the CLI asks `looksLikeDeck` and then `parseDeck` about the same text. */
let last: { readonly text: string; readonly source: DeckSource } | undefined;

/** Lexes a Markdown deck (CRLF or LF) with marked and cuts it into slide parts. */
export function readDeckSource(text: string): DeckSource {
  if (last?.text === text) return last.source;
  const source = lexDeckSource(text);
  last = { text, source };
  return source;
}

function lexDeckSource(text: string): DeckSource {
  const { fields, body } = frontMatter(text.replace(/\r\n?/g, '\n'));
  const tokens = lexMarkdown(body);
  const parts: Token[][] = [[]];
  let hasBreaks = false;
  let hasMachineComment = false;
  for (const token of tokens) {
    const comment = tokenComment(token);
    const meaning = comment === undefined ? undefined : classifyComment(comment).kind;
    if (token.type === 'hr' || meaning === 'end-slide') {
      hasBreaks = true;
      parts.push([]);
    } else {
      if (meaning === 'machine') hasMachineComment = true;
      (parts.at(-1) as Token[]).push(token);
    }
  }
  const nonEmpty = parts.filter((part) => part.some((t) => t.type !== 'space'));
  return { fields, parts: nonEmpty, hasBreaks, hasMachineComment };
}

/** The HTML comment a top-level token is, if it is exactly one comment. */
export function tokenComment(token: Token): string | undefined {
  return token.type === 'html' ? commentBody(token.raw) : undefined;
}

/**
 * Front matter split off before lexing (marked would read its fence as a thematic break). A
 * leading `---` whose block is not YAML is a thematic break and stays in the body.
 */
function frontMatter(text: string): { fields: Record<string, string>; body: string } {
  const split = splitFrontMatter(text);
  if (split.raw === null) return { fields: {}, body: text };
  const lines = split.raw.split('\n').filter((line) => line.trim() !== '');
  if (!lines.every((line) => YAML_LINE.test(line))) return { fields: {}, body: text };
  return { fields: split.fields, body: split.body };
}
