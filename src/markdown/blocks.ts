// A slide body's Markdown as our own blocks (src/text/md-blocks.ts), which the presenter and the plain
// text rendering draw: the quick path for compose's plain bullet lists, marked for anything else.
import type { MdBlock } from '../text/md-blocks';
import { markedBlocks } from './marked-blocks';
import { plainListBlocks } from './plain-list-blocks';

/** A slide body's Markdown as our blocks: a plain bullet list directly, anything else through marked. */
export function toBlocks(markdownText: string): MdBlock[] {
  return plainListBlocks(markdownText) ?? markedBlocks(markdownText);
}
