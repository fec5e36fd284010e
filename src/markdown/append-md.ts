// Appending to our Markdown model as it is built: adjacent text merged, what marked decoded sanitised
// again, paragraphs that comments left empty dropped.
import { sanitizeText } from '../article/sanitize';
import type { MdBlock, MdInline } from '../text/md-blocks';

/** Appends an inline, merging adjacent text. */
export function pushInline(out: MdInline[], unsafe: MdInline): void {
  const inline = sanitizeInline(unsafe);
  const last = out[out.length - 1];
  if (inline.type === 'text' && last?.type === 'text') {
    out[out.length - 1] = { type: 'text', text: last.text + inline.text };
  } else if (inline.type !== 'text' || inline.text !== '') {
    out.push(inline);
  }
}

/**
 * marked decodes character references (`&#27;`, `&#8238;`) in the text it hands over: what they
 * decode to passes `read`'s sanitising again, so no control or bidi override reaches a frame.
 */
function sanitizeInline(inline: MdInline): MdInline {
  switch (inline.type) {
    case 'text':
    case 'codespan':
      return { ...inline, text: sanitizeText(inline.text) };
    case 'link':
    case 'image':
      return { ...inline, url: sanitizeText(inline.url) };
    default:
      return inline;
  }
}

/** Appends a paragraph unless comments left it empty. */
export function pushParagraph(out: MdBlock[], content: MdInline[]): void {
  if (content.some((inline) => inline.type !== 'text' || inline.text.trim() !== '')) out.push({ type: 'paragraph', content });
}
