// Whether bytes that came without a name (standard input) are a web page.

/** How many bytes the check looks at. */
const SNIFF_BYTES = 1024;

/** A page opens (after a BOM, white space and comments) with a doctype, `<html`, `<head` or `<body`. */
const PAGE_START = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** True when `bytes` start like an HTML document (WHATWG's MIME sniffing, for the tags that open a whole page). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const head = new TextDecoder('latin1').decode(bytes.subarray(start, start + SNIFF_BYTES));
  return PAGE_START.test(head);
}
