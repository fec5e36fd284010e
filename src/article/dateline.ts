// A news dateline at the start of an article ("PARIS (AFP) -", "(Reuters) -"): source, date, and the rest.
import datelineWords from './dateline-words.json';

/** What a dateline says, and the sentence without it. */
export interface Dateline {
  /** The agency or paper in the parentheses, e.g. "AFP". */
  readonly source: string;
  /** The date written after the place, e.g. "13 avril 2019", when there is one. */
  readonly date?: string;
  /** The sentence after the dateline. */
  readonly rest: string;
}

// Bounded repeats only: the pattern is anchored and cannot backtrack far.
const DATELINE = /^(?:([^()\n]{1,60}?)\s+)?\(([^()\n]{2,40})\)\s*[-–—]{1,2}(?:\s+|$)/u;
const LOWER = /\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
const PLACE_PARTICLES: ReadonlySet<string> = new Set(datelineWords.placeParticles);

/**
 * Reads a dateline at the start of `sentence`: an optional place (capitals, or up to three
 * capitalised words, optionally ", date"), a source in parentheses starting with a capital,
 * then a dash. Null when the start is not clearly a dateline.
 */
export function readDateline(sentence: string): Dateline | null {
  const match = DATELINE.exec(sentence);
  if (!match) return null;
  const place = match[1];
  const source = (match[2] as string).trim();
  if (!UPPER_START.test(source)) return null;
  let date: string | undefined;
  if (place !== undefined) {
    const comma = place.indexOf(',');
    const town = (comma < 0 ? place : place.slice(0, comma)).trim();
    if (!isPlace(town)) return null;
    const after = comma < 0 ? '' : place.slice(comma + 1).trim();
    if (/\d/u.test(after)) date = after;
  }
  const rest = sentence.slice(match[0].length);
  return date === undefined ? { source, rest } : { source, date, rest };
}

function isPlace(town: string): boolean {
  if (!UPPER_START.test(town)) return false;
  if (!LOWER.test(town)) return true;
  const words = town.split(/[\s-]+/u);
  return words.length <= 3 && words.every((word) => UPPER_START.test(word) || PLACE_PARTICLES.has(word));
}
