// Sorting the few items a sentence has (its cues, names, dates): Array.prototype.sort allocates work space
// on every call, which on a long article is a large share of what the garbage collector has to clear.

/** Above this length, Array.prototype.sort is used. */
const SMALL = 16;

/** Sorts `items` in place, stably, like `items.sort(compare)`, without allocating when they are few. */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SMALL) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
