// Cutting text to a number of columns, by grapheme cluster, with an ellipsis.
import { clusterWidth, displayWidth } from './display-width';
import { clusterEnd } from './graphemes';

/** `s` if it fits in `width` columns, else its longest prefix (whole clusters) that fits with `…` after it. Reads only as far as it must. */
export function truncate(s: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  const ellipsisWidth = displayWidth(ellipsis);
  let used = 0;
  let cut = 0;
  for (let i = 0; i < s.length; ) {
    const end = clusterEnd(s, i);
    used += clusterWidth(s, i, end);
    if (used > width) {
      return ellipsisWidth > width ? '' : s.slice(0, cut) + ellipsis;
    }
    if (used + ellipsisWidth <= width) cut = end;
    i = end;
  }
  return s;
}

