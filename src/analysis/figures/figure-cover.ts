// The figures of one sentence as they are found, and the characters already given to a date or a
// figure: a new figure may not overlap them.
import type { FigureSpan } from './figure-span';

/** The figures found so far in one sentence and the character ranges they and the dates cover. */
export class FigureCover {
  /** The figures, in the order found. */
  readonly figures: FigureSpan[] = [];
  /** Covered ranges as start, end pairs (one flat list: most sentences have few). */
  private readonly bounds: number[] = [];

  constructor(taken: readonly { start: number; end: number }[]) {
    for (const span of taken) this.cover(span.start, span.end);
  }

  /** Whether start…end overlaps a covered range. */
  overlaps(start: number, end: number): boolean {
    const bounds = this.bounds;
    for (let k = 0; k < bounds.length; k += 2) if (bounds[k]! < end && start < bounds[k + 1]!) return true;
    return false;
  }

  /** Keeps a figure and covers its characters. */
  add(figure: FigureSpan): void {
    this.figures.push(figure);
    this.cover(figure.start, figure.end);
  }

  /** Keeps text[start…end] as a figure that is neither money nor a percentage, unless it overlaps a covered range. */
  addPlain(text: string, start: number, end: number): void {
    if (!this.overlaps(start, end)) this.add({ text: text.slice(start, end), start, end, isMoney: false, isPercent: false });
  }

  private cover(start: number, end: number): void {
    if (start < end) this.bounds.push(start, end);
  }
}
