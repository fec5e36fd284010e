// The last resort for a bullet still over the hard limit: what follows a comma after its main clause.
import { BULLET_HARD_LIMIT_WORDS } from '../bullet-words';
import type { Segment } from '../clause-segments';
import type { Span } from '../kept-text';
import type { RemovablePart } from './part';
import type { Rules } from './rules';
import { countWordsIn, foldCase, holdsNumberOutside, holdsVerb, opensOnParticiple, startsWithAny } from './text';
import { isResumptive } from './trailing';

/** The main clause before a tail keeps at least this many words. */
const MIN_HEAD_WORDS = 10;
/** A segment of at most this many words before the tail may be a list item ("A, B, C and D"): the tail is the list's. */
const MAX_LIST_ITEM_WORDS = 4;

/**
 * "…, a dispute that strained relations and was only settled last year", "…, largely from shared purchasing": each stretch
 * from a comma after the main clause to the end of the sentence, shortest first (tier 4: only from a bullet still over
 * the hard limit, once deletions and splits are done). Never one that opens a clause of its own (a coordinator: that is
 * a split), that holds a number or a clause of its own, after a head without a verb or opening on a subordinate clause,
 * after a colon or a dash, or after a short list item.
 */
export function addClosingTails(text: string, segments: readonly Segment[], main: number, stop: number, rules: Rules, protectedSpans: readonly Span[], out: RemovablePart[]): void {
  const mainStart = (segments[main] as Segment).start;
  // Only a sentence over the hard limit can need its tail gone.
  if (countWordsIn(text, mainStart, stop) <= BULLET_HARD_LIMIT_WORDS) return;
  const headLower = foldCase(text.slice(mainStart, mainStart + 40));
  // "Si le mot a été changé, le Conseil affirme…": a subordinate clause first is no main clause.
  if (startsWithAny(headLower, rules.subordinators) || startsWithAny(headLower, rules.embeddedClauseOpeners)) return;
  // Only commas after the main clause: after a colon, a semicolon or a dash the sentence goes on in a clause of its own.
  if (segments.slice(main + 1).some((s) => s.before !== undefined && s.before.kind !== 'comma')) return;
  for (let i = segments.length - 1; i > main; i--) {
    const seg = segments[i] as Segment;
    const previous = segments[i - 1] as Segment;
    const start = (seg.before as NonNullable<Segment['before']>).start;
    if (countWordsIn(text, mainStart, start) < MIN_HEAD_WORDS || !holdsVerb(text.slice(mainStart, start), rules)) break;
    const lower = foldCase(text.slice(seg.start, Math.min(seg.end, seg.start + 40)));
    // ", et c'est désormais…", ", and the army said…": a clause of its own, which a split keeps.
    if (startsWithAny(lower, rules.coordinatorWords)) break;
    // ", tandis que la Russie a appelé…", ", when the army…": a clause with its own subject.
    if (startsWithAny(lower, rules.subordinators) || startsWithAny(lower, rules.embeddedClauseOpeners) || startsWithAny(lower, rules.contrastOpeners)) continue;
    // "A, B, C et D" and "à fixer, à l'avenir, des règles": after a short item or aside, and from one, the clause goes on.
    const isShort = (s: Segment): boolean => countWordsIn(text, s.start, s.end) <= MAX_LIST_ITEM_WORDS;
    if ((i - 1 > main && isShort(previous)) || (i < segments.length - 1 && isShort(seg))) continue;
    const tail = { start, end: stop };
    if (holdsNumberOutside(text, tail, []) || protectedSpans.some((p) => p.start < stop && start < p.end)) break;
    // ", tout avait été pré-programmé": a tail holding a verb is a clause unless a relative, a participle, an
    // appositive or a preposition opens it.
    const isDependent = startsWithAny(lower, rules.relatives) || isResumptive(lower, rules) || opensOnParticiple(lower, rules) || rules.prepositions.has(lower.split(/\s+/u, 1)[0] ?? '');
    if (holdsVerb(text.slice(seg.start, stop), rules) && !isDependent) continue;
    out.push({ ...tail, kind: 'trailing', tier: 4, opensSentence: false });
  }
}
