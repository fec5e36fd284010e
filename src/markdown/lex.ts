// The one marked instance: GitHub-flavoured Markdown, lexed the same way by every reader of slides and decks.
import { Marked, type Token } from 'marked';

const markdown = new Marked({ gfm: true });

/** marked's top-level tokens of `text` (GFM), with their `raw` source. */
export function lexMarkdown(text: string): Token[] {
  return markdown.lexer(text);
}
