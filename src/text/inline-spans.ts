// Markdown inlines as styled spans: emphasis as styles, links with their URL after them (unless the
// view draws hyperlinks), images as their alt text, hard breaks as `\n`.
import type { MdInline } from './md-blocks';
import { PLAIN, type Span, type SpanStyle } from './styled-line';

/** The plain text of inlines: links with their URL, images as `[image: alt]`, hard breaks as `\n`. */
export function inlineText(inlines: readonly MdInline[]): string {
  const spans: Span[] = [];
  inlineSpans(inlines, PLAIN, spans);
  let out = '';
  for (const span of spans) out += span.text;
  return out;
}

/** Whether a link shows its URL after its text (not when the text is the URL). */
function showsUrl(text: string, url: string): boolean {
  return url !== '' && text !== url && `mailto:${text}` !== url;
}

/** Appends the spans of inlines in `style` to `out`; `\n` in a span is a hard break; `showUrls` false leaves link URLs to the view (hyperlinks). */
export function inlineSpans(inlines: readonly MdInline[], style: SpanStyle, out: Span[], showUrls = true): void {
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
        out.push({ text: inline.text, style });
        break;
      case 'strong':
        inlineSpans(inline.children, { ...style, bold: true }, out, showUrls);
        break;
      case 'em':
        inlineSpans(inline.children, { ...style, italic: true }, out, showUrls);
        break;
      case 'del':
        inlineSpans(inline.children, { ...style, strike: true }, out, showUrls);
        break;
      case 'codespan':
        out.push({ text: inline.text, style: { ...style, role: 'code' } });
        break;
      case 'link': {
        const start = out.length;
        const target = inline.url === '' ? {} : { url: inline.url };
        inlineSpans(inline.children, { ...style, role: 'link', underline: true, ...target }, out, showUrls);
        let text = '';
        for (let i = start; i < out.length; i++) text += (out[i] as Span).text;
        if (showUrls && showsUrl(text, inline.url)) out.push({ text: ` (${inline.url})`, style: { role: 'url' } });
        break;
      }
      case 'image':
        out.push({ text: inline.alt === '' ? '[image]' : `[image: ${inline.alt}]`, style: { ...style, role: 'muted' } });
        break;
      case 'br':
        out.push({ text: '\n', style });
        break;
    }
  }
}

