// Binary search over an ordered array: the first index past the items that come before a point.

/**
 * The index of the first item for which `isBefore` is false, or `items.length`: `items` must be ordered
 * so that `isBefore` holds on a prefix of them (e.g. `(t) => t.start < offset` on tokens in text order).
 */
export function lowerBound<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(items[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
