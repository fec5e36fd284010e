// A minimal PDF writer for the tests: pages of text lines in Helvetica (WinAnsi), placed where the test says.

/** One line of text on a page, its baseline `y` points from the bottom of an A4 page. */
export interface PdfLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size?: number;
}

/** Windows-1252 bytes of `text` for a PDF literal string (characters outside it become `?`). */
function winAnsi(text: string): number[] {
  const high: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c };
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (high[ch] ?? 0x3f);
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out.push(0x5c);
    out.push(byte);
  }
  return out;
}

/**
 * The bytes of a PDF with one page per entry of `pages` (an empty page has no text: a scanned page
 * without a text layer looks like that). Offsets in the cross-reference table are exact.
 */
export function makePdf(pages: readonly (readonly PdfLine[])[]): Uint8Array {
  const objects: number[][] = [];
  const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = ascii('<< /Type /Catalog /Pages 2 0 R >>');
  objects[2] = ascii(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  objects[3] = ascii('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((lines, i) => {
    const content: number[] = [];
    for (const line of lines) {
      content.push(...ascii(`BT /F1 ${line.size ?? 11} Tf ${line.x} ${line.y} Td (`), ...winAnsi(line.text), ...ascii(') Tj ET\n'));
    }
    const pageId = pageIds[i] as number;
    objects[pageId] = ascii(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`);
    objects[pageId + 1] = [...ascii(`<< /Length ${content.length} >>\nstream\n`), ...content, ...ascii('\nendstream')];
  });
  const bytes: number[] = ascii('%PDF-1.4\n');
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = bytes.length;
    bytes.push(...ascii(`${id} 0 obj\n`), ...(objects[id] as number[]), ...ascii('\nendobj\n'));
  }
  const xref = bytes.length;
  bytes.push(...ascii(`xref\n0 ${objects.length}\n0000000000 65535 f \n`));
  for (let id = 1; id < objects.length; id++) bytes.push(...ascii(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`));
  bytes.push(...ascii(`trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Uint8Array.from(bytes);
}

/** How a test lays an article out: a running header, a page-number footer, lines per page. */
export interface ArticleLayout {
  readonly header: string;
  readonly linesPerPage: number;
  readonly width: number;
}

/**
 * A PDF of a clean text article (`# title`, blank-line paragraphs): the title in a larger font, the
 * paragraphs wrapped at `width` characters, `linesPerPage` body lines a page (a paragraph runs on over
 * a page break), the header on top of every page and "Page n / N" at the bottom.
 */
export function articlePdf(clean: string, layout: ArticleLayout): Uint8Array {
  const [first = '', ...paragraphs] = clean.trim().split(/\n\n+/);
  const body: { text: string; gapBefore: boolean }[] = [];
  for (const paragraph of paragraphs) {
    let line = '';
    let gapBefore = body.length > 0;
    for (const word of paragraph.replace(/\s+/g, ' ').split(' ')) {
      if (line !== '' && line.length + 1 + word.length > layout.width) {
        body.push({ text: line, gapBefore });
        gapBefore = false;
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    body.push({ text: line, gapBefore });
  }
  const pageCount = Math.ceil(body.length / layout.linesPerPage);
  const pages: PdfLine[][] = [];
  for (let p = 0; p < pageCount; p++) {
    const lines: PdfLine[] = [{ text: layout.header, x: 72, y: 810, size: 8 }];
    let y = 760;
    if (p === 0) {
      lines.push({ text: first.replace(/^#\s+/, ''), x: 72, y: 780, size: 16 });
      y = 740;
    }
    body.slice(p * layout.linesPerPage, (p + 1) * layout.linesPerPage).forEach((line, i) => {
      if (line.gapBefore && i > 0) y -= 12;
      lines.push({ text: line.text, x: 72, y });
      y -= 14;
    });
    lines.push({ text: `Page ${p + 1} / ${pageCount}`, x: 270, y: 30, size: 8 });
    pages.push(lines);
  }
  return makePdf(pages);
}
