// Whether an input is a Markdown deck rather than an article (DESIGN.md, "Input: article or deck").
import type { Token } from 'marked';
import { readDeckSource, tokenComment } from './deck-source';

/** A line that may be a thematic break: three or more `-`, `*` or `_`, spaces between. */
const BREAK_LIKE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/m;

/**
 * True for Markdown input (a `.md` file or standard input: `isMarkdownFile`) that carries a
 * `<!-- // briefing: … -->` comment, or that, after its front matter, has a top-level thematic
 * break or `<!-- end_slide -->` and every part of which opens with a heading (comments aside).
 */
export function looksLikeDeck(text: string, isMarkdownFile: boolean): boolean {
  if (!isMarkdownFile) return false;
  // Lexing a long article costs seconds: without a comment or a break-like line it cannot be a deck.
  if (!text.includes('<!--') && !BREAK_LIKE.test(text)) return false;
  const source = readDeckSource(text);
  if (source.hasMachineComment) return true;
  if (!source.hasBreaks) return false;
  const parts = source.parts.filter((part) => part.some(isContent));
  return parts.length > 0 && parts.every((part) => part.find(isContent)?.type === 'heading');
}

function isContent(token: Token): boolean {
  return token.type !== 'space' && tokenComment(token) === undefined;
}
