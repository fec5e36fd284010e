// A text PDF's article: unpdf (pdf.js built to run without a browser) gives each page's text items.
// Loaded only for PDF input (the CLI imports this module lazily).
import { getDocumentProxy } from 'unpdf';
import { UnusableInputError } from '../input-error';
import { pageText } from './page-text';
import { pdfBlocks } from './pdf-text';
import type { PdfTextItem } from './pdf-text';

/**
 * Reads a PDF's text in reading order, without running headers, footers and page numbers, as the
 * text the article stage reads (pageText); `url`, where it was fetched from, is its source. Throws
 * UnusableInputError for a PDF that cannot be opened and for one without any text (a scan).
 */
export async function readPdfArticle(bytes: Uint8Array, url?: string): Promise<string> {
  let pages: PdfTextItem[][];
  try {
    // pdf.js takes the buffer over: hand it a copy.
    const document = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
    pages = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(
        content.items.flatMap((item) =>
          'str' in item ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height }] : [],
        ),
      );
    }
    await document.destroy();
  } catch (error) {
    throw new UnusableInputError(`is not a PDF that can be read (${error instanceof Error ? error.message : String(error)}); check the file`);
  }
  const blocks = pdfBlocks(pages);
  if (!blocks.some((block) => /[\p{L}\p{N}]/u.test(block.text))) {
    throw new UnusableInputError('is a PDF without text (a scan?); run it through OCR first, or give the text');
  }
  return pageText(url === undefined ? {} : { source: url }, blocks);
}
