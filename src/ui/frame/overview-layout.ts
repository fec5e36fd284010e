// The overview: every slide's number and title (verbatim, cut only at the screen's edge), the
// current slide and the cursor marked, a window that follows the cursor in long decks.
import { displayWidth } from '../../text/display-width';
import type { StyledLine } from '../../text/styled-line';
import { truncate } from '../../text/truncate';
import { fitLines, MORE_ABOVE, MORE_BELOW } from './pages';

/** The mark before the line under the cursor. */
export const CURSOR_MARK = '›';
/** The mark after the number of the slide being presented. */
export const CURRENT_MARK = '•';

/** Lines of the overview around its list: heading and blank above, blank and hint below. */
const CHROME = 4;

/** The first slide shown when `count` slides share `room` lines (two of them kept for marks) and the cursor must show. */
function windowStart(count: number, room: number, cursor: number): number {
  if (count <= room) return 0;
  const inner = Math.max(1, room - 2);
  return Math.min(Math.max(0, cursor - Math.floor(inner / 2)), count - inner);
}

/** The overview, exactly `height` lines of at most `width` columns. */
export function overviewScreen(titles: readonly string[], current: number, cursor: number, width: number, height: number): StyledLine[] {
  const count = titles.length;
  // On a short screen the list gets every line.
  const hasChrome = height >= CHROME + 8;
  const room = Math.max(1, hasChrome ? height - CHROME : height);
  const digits = String(count).length;
  const item = (i: number): StyledLine => {
    const isCursor = i === cursor;
    const mark = `${isCursor ? CURSOR_MARK : ' '}${i === current ? CURRENT_MARK : ' '} `;
    const number = String(i + 1).padStart(digits);
    const title = truncate(titles[i] ?? '', Math.max(1, width - displayWidth(mark) - digits - 2));
    const style = isCursor ? ({ role: 'accent', bold: true } as const) : ({ role: 'text' } as const);
    return [
      { text: mark, style: { role: 'accent', bold: true } },
      { text: `${number}  `, style: i === current ? { role: 'accent' } : { role: 'muted' } },
      { text: title, style },
    ];
  };
  const muted = (text: string): StyledLine => [{ text: truncate(text, width), style: { role: 'muted' } }];
  const list: StyledLine[] = [];
  if (count <= room) {
    for (let i = 0; i < count; i++) list.push(item(i));
  } else {
    const inner = Math.max(1, room - 2);
    const start = windowStart(count, room, cursor);
    list.push(start > 0 ? muted(MORE_ABOVE) : []);
    for (let i = start; i < start + inner; i++) list.push(item(i));
    list.push(start + inner < count ? muted(MORE_BELOW) : []);
  }
  if (!hasChrome) return fitLines(list, height);
  // The hint stays on the last line.
  const heading: StyledLine = [{ text: 'Slides', style: { role: 'title', bold: true } }];
  return [...fitLines([heading, [], ...list], height - 1), muted('↑ ↓ choose  Enter opens  Esc closes')];
}
