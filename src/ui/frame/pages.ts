// Lines taller than their space, cut into pages: each page shows a visible mark where lines are
// hidden above or below it, so a long slide scrolls instead of losing its end; and lines fitted to a height.
import type { StyledLine } from '../../text/styled-line';

/** One page of a run of lines. */
export interface Page {
  /** The first line shown. */
  readonly start: number;
  /** One past the last line shown. */
  readonly end: number;
  /** Whether lines are hidden above (the page starts with the `↑ more` mark). */
  readonly hasAbove: boolean;
  /** Whether lines are hidden below (the page ends with the `↓ more` mark). */
  readonly hasBelow: boolean;
}

/** The mark on the last line of a page with more below. */
export const MORE_BELOW = '↓ more';
/** The mark on the first line of a page with more above. */
export const MORE_ABOVE = '↑ more';

/** `total` lines cut into pages of at most `height` lines, marks included. Linear in the page count. */
export function paginate(total: number, height: number): Page[] {
  if (total <= height || height <= 0) return [{ start: 0, end: Math.min(total, Math.max(0, height)), hasAbove: false, hasBelow: total > height }];
  const pages: Page[] = [];
  let start = 0;
  for (;;) {
    const hasAbove = start > 0;
    const room = height - (hasAbove ? 1 : 0);
    if (total - start <= room) {
      pages.push({ start, end: total, hasAbove, hasBelow: false });
      return pages;
    }
    // At least one line per page, so that a tiny height still moves on.
    const shown = Math.max(1, room - 1);
    start += shown;
    pages.push({ start: start - shown, end: start, hasAbove, hasBelow: start < total });
    if (start >= total) return pages;
  }
}

/** The lines of page `index` (clamped) of `lines` at `height`, with its marks. */
export function pageLines(lines: readonly StyledLine[], height: number, index: number): StyledLine[] {
  const pages = paginate(lines.length, height);
  const page = pages[Math.min(Math.max(0, index), pages.length - 1)] as Page;
  const mark = (text: string): StyledLine => [{ text, style: { role: 'muted' } }];
  const out = [...(page.hasAbove ? [mark(MORE_ABOVE)] : []), ...lines.slice(page.start, page.end), ...(page.hasBelow ? [mark(MORE_BELOW)] : [])];
  return out.slice(0, Math.max(0, height));
}

/** `lines` cut or padded with blank lines to exactly `height` (none when `height` is not positive). */
export function fitLines(lines: readonly StyledLine[], height: number): StyledLine[] {
  const out = lines.slice(0, Math.max(0, height));
  while (out.length < height) out.push([]);
  return out;
}
