// Places a bullet may leave out: a locative phrase of a place the article names ("à Bruxelles", "in Geneva").
import type { Span } from '../kept-text';
import { quotedSpans } from '../quoted-spans';
import type { RemovablePart } from './part';
import type { Rules } from './rules';
import { countWordsIn, foldCase, opensOnParticiple, phraseSpans, startsWithAny } from './text';

const MIN_WORDS_BEFORE_PLACE = 5;
const NEXT_WORD = /^\s+([\p{L}’']+)/u;

/**
 * Whether the place phrase at [start, end) stands alone: not the complement of a participle ("basé à Ispahan",
 * "headquartered in Oslo"), not a modifier ("the July-September period", "à Paris Saint-Germain"), not coordinated with
 * another phrase ("à Khartoum et dans d'autres villes") nor followed by a relative clause about it (", where…").
 */
function isLocative(text: string, start: number, end: number, rules: Rules): boolean {
  // "ont adopté à Bruxelles", "was signed in Ottawa": after an auxiliary the participle is the verb, and the place an adjunct.
  const previous = /(?:([\p{L}’']+)\s+)?([\p{L}’']+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  const participle = previous?.[2];
  if (participle !== undefined && opensOnParticiple(foldCase(participle), rules) && !rules.auxiliaries.has(foldCase(previous?.[1] ?? ''))) return false;
  const after = text.slice(end, end + 40);
  if (/^[\s]*[.;:!?)»”"]|^\s*$/u.test(after)) return true;
  // "au Soudan, l'un des pays les plus pauvres": an appositive about the place needs it.
  if (/^,\s*/u.test(after)) return !startsWithAny(foldCase(after.replace(/^,\s*/u, '')), [...rules.embeddedClauseOpeners, ...rules.closingAppositives]);
  const next = NEXT_WORD.exec(after)?.[1];
  if (next === undefined) return false;
  const lower = foldCase(next);
  return rules.prepositions.has(lower) || rules.subjectOpeners.includes(lower) || rules.verbStarts.has(lower) || rules.dayWords.includes(lower) || rules.dateAdverbs.includes(lower);
}
const PRECEDING_WORD = /(\p{L}+)\s+$/u;
const COORDINATED_BEFORE = /(?:^|\s)(?:et|ou|and|or|ni|nor)\s+$/u;

/** Where the locative phrase of a place at `at` starts: "à Bruxelles", "au Mali", "dans la région", "in the Baltic"; or undefined. */
function placePhraseStart(text: string, at: number, mainStart: number, rules: Rules): number | undefined {
  const before = text.slice(Math.max(mainStart, at - 24), at);
  const offset = at - before.length;
  const elided = /(?:^|\s)(\p{L}+)\s+l['’]$/u.exec(before);
  if (elided !== null) return rules.determinedPlacePrepositions.includes(foldCase(elided[1] as string)) ? offset + elided.index + (elided[0].startsWith(' ') ? 1 : 0) : undefined;
  const last = PRECEDING_WORD.exec(before);
  if (last === null) return undefined;
  const word = foldCase(last[1] as string);
  if (rules.placePrepositions.includes(word)) return offset + last.index;
  if (!rules.placeDeterminers.includes(word)) return undefined;
  const previous = PRECEDING_WORD.exec(before.slice(0, last.index));
  return previous !== null && rules.determinedPlacePrepositions.includes(foldCase(previous[1] as string)) ? offset + previous.index : undefined;
}

/**
 * "ont adopté à Bruxelles un train de sanctions", "talks in Geneva, Abu Dhabi and Miami": a locative preposition and
 * the places the article names, coordinated places with it, inside the clause after its first words; tier 2. French
 * "à" only before a bare name ("à la France" is an indirect object).
 */
export function addPlacePhrases(text: string, places: readonly string[], mainStart: number, rules: Rules, add: (part: RemovablePart) => void): void {
  if (places.length === 0) return;
  const spans = phraseSpans(text, places).sort((a, b) => a.start - b.start);
  let quoted: Span[] | undefined;
  for (let i = 0; i < spans.length; i++) {
    const place = spans[i] as Span;
    const start = placePhraseStart(text, place.start, mainStart, rules);
    if (start === undefined) continue;
    if (countWordsIn(text, mainStart, start) < MIN_WORDS_BEFORE_PLACE) continue;
    quoted ??= quotedSpans(text);
    if (quoted.some((q) => q.start <= start && start < q.end)) continue;
    // ", Abu Dhabi and Miami": the places coordinated with it go with it.
    let end = place.end;
    while (i + 1 < spans.length && /^(?:,\s*|\s+(?:and|et|ou|or)\s+|,\s*(?:and|et)\s+)$/u.test(text.slice(end, (spans[i + 1] as Span).start))) end = (spans[++i] as Span).end;
    // "en Wallonie et à Bruxelles": the second of two coordinated phrases does not go alone.
    if (!isLocative(text, start, end, rules) || COORDINATED_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    add({ start, end, kind: 'place', tier: 2, opensSentence: false });
  }
}
