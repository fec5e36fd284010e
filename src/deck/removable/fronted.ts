// Segments before the main clause that may go: "Selon X,", "However,", "La semaine dernière,", a label before a colon.
import type { Segment } from '../clause-segments';
import type { Span } from '../kept-text';
import { isAttribution, MAX_ATTRIBUTION_WORDS } from './attribution';
import { isDatePhrase } from './dates';
import type { RemovablePart } from './part';
import type { Rules } from './rules';
import { countWordsIn, foldCase, holdsVerb, lowerOf, opensOnParticiple, startsWithAny } from './text';

const MAX_FRONTED_WORDS = 12;
const CARRIED_CLOSING_MARK = /^[»”"]\s*/u;
/** A fronted participle phrase of more words is the news itself ("Invitée à parler devant la Ligue arabe en mars 2015, …"). */
const MAX_FRONTED_PARTICIPLE_WORDS = 8;
/** A colon after at most this many opening words closes a label, not a clause. */
export const MAX_LABEL_WORDS = 6;

/** Leading segments before the main clause: "Selon X,", "However,", "Bien qu’…,", "La semaine dernière,". Returns the main segment's index. */
export function addFronted(
  text: string,
  segments: readonly Segment[],
  rules: Rules,
  dateSpans: readonly Span[],
  add: (part: RemovablePart, mayHoldNumbers?: boolean, mayHoldFigures?: boolean) => void,
): number {
  let i = 0;
  for (; i < segments.length - 1; i++) {
    const seg = segments[i] as Segment;
    // "Bonne nouvelle pour les ménages : le tarif…": a short label before a colon, the statement after it.
    if (i === 0 && seg.after?.kind === 'colon' && countWordsIn(text, seg.start, seg.end) <= MAX_LABEL_WORDS) {
      add({ start: seg.start, end: seg.after.end, kind: 'fronted', tier: 1, opensSentence: true });
      continue;
    }
    if (seg.after?.kind !== 'comma') break;
    // "» Or, rappelle l'organisme, les Etats-Unis…": a quotation's closing mark carried over from the sentence before is no word.
    const lower = foldCase(text.slice(seg.start, Math.min(seg.end, seg.start + 200))).replace(CARRIED_CLOSING_MARK, '');
    const span = { start: seg.start, end: seg.after.end, opensSentence: true };
    const words = countWordsIn(text, seg.start, seg.end);
    if (rules.connectives.some((c) => lower === c)) add({ ...span, kind: 'connective', tier: 0 });
    // "Or, rappelle l'organisme, les Etats-Unis…": an attribution between a fronted connective and the clause.
    else if (i > 0 && isAttribution(lower, text.slice(seg.start, seg.end), rules, rules.lang, false)) add({ ...span, kind: 'attribution', tier: 0 }, true, true);
    else if (startsWithAny(lower, rules.headAttribution) && words <= MAX_ATTRIBUTION_WORDS) {
      // "Selon les termes de l'accord, qui doit encore être approuvé…, les actionnaires…": its relative clauses go with it.
      const last = lastRelativeAfter(text, segments, i, rules);
      add({ ...span, end: ((segments[last] as Segment).after as NonNullable<Segment['after']>).end, kind: 'attribution', tier: 0 }, true, true);
      i = last;
    }
    else if (startsWithAny(lower, rules.subordinators)) add({ ...span, kind: 'subordinate', tier: 1 });
    // "Si la France poursuit ses ventes, d'autres Etats remettent en cause…": a contrast, unless the main clause says what
    // would follow ("…, d'autres Etats suivront"): then it is a condition and stays.
    else if (i === 0 && startsWithAny(lower, rules.contrastiveSubordinators) && !isConditionalMain(text, segments, i + 1, rules)) add({ ...span, kind: 'subordinate', tier: 2 });
    else if (isDatePhrase(text, seg, dateSpans)) add({ ...span, kind: 'fronted', tier: 1 }, true);
    // "At least 23 people were killed, …": a segment with a finite verb is the clause itself, not an adjunct before it.
    else if (words <= MAX_FRONTED_WORDS && startsWithAny(lower, rules.fronted) && !holdsVerb(text.slice(seg.start, seg.end).replace(/^\S+/u, ''), rules)) {
      // "Dans le sillage des blocages, qui provoquent une pénurie, les salariés…": its relative clauses go with it, and
      // an appositive about it ("Sur le budget, l'une des idées du président, M. Le Maire a…").
      let last = i;
      const isAboutIt = (lower: string): boolean => startsWithAny(lower, rules.relatives) || startsWithAny(lower, rules.closingAppositives);
      while (segments[last + 1]?.after?.kind === 'comma' && isAboutIt(lowerOf(text, segments[last + 1] as Segment))) {
        last++;
        // The appositive may also go alone, the fronted phrase staying: "sur le budget, M. Le Maire a…".
        const appositive = segments[last] as Segment;
        if (startsWithAny(lowerOf(text, appositive), rules.closingAppositives)) add({ start: (appositive.before as NonNullable<Segment['before']>).start, end: appositive.end, kind: 'appositive', tier: 1, opensSentence: false });
      }
      add({ ...span, end: ((segments[last] as Segment).after as NonNullable<Segment['after']>).end, kind: 'fronted', tier: 2 });
      i = last;
    }
    // "Le réacteur numéro 1 étant déjà à l'arrêt, le réacteur numéro 2…": an absolute clause before the subject.
    else if (i === 0 && words <= MAX_ABSOLUTE_WORDS && isAbsoluteClause(lower, rules)) add({ ...span, kind: 'fronted', tier: 2 });
    // "Interrogé par l'AFP, un porte-parole…", "Asked about the deal, the minister…": a participle phrase before the subject.
    else if (words <= MAX_FRONTED_PARTICIPLE_WORDS && opensOnParticiple(lower, rules) && !/^\p{Lu}{2}/u.test(text.slice(seg.start, seg.start + 2))) add({ ...span, kind: 'fronted', tier: 2 });
    else break;
  }
  return i;
}

const MAX_ABSOLUTE_WORDS = 20;

/** The last of the relative clauses between commas that follow segment `i` ("Selon X, qui…, dont…, le…"), or `i`. */
function lastRelativeAfter(text: string, segments: readonly Segment[], i: number, rules: Rules): number {
  let last = i;
  while (segments[last + 1]?.after?.kind === 'comma' && startsWithAny(lowerOf(text, segments[last + 1] as Segment), rules.relatives)) last++;
  return last;
}
const MAIN_VERB_REACH = 12;

/** Whether the main clause from segment `main`, up to its first "que", holds a future or conditional verb. */
function isConditionalMain(text: string, segments: readonly Segment[], main: number, rules: Rules): boolean {
  const seg = segments[main];
  if (seg === undefined) return true;
  const words = foldCase(text.slice(seg.start)).split(/\s+/u);
  const until = words.findIndex((w) => w === 'que' || /^qu['’]/u.test(w));
  return words.slice(0, until < 0 ? MAIN_VERB_REACH : Math.min(until, MAIN_VERB_REACH)).some((w) => w.length > 4 && rules.conditionalEndings.some((e) => w.endsWith(e)));
}

/** Whether a segment is a subject and a participle of being or having, without a finite verb ("le réacteur étant à l'arrêt"). */
function isAbsoluteClause(lower: string, rules: Rules): boolean {
  const words = lower.split(/\s+/u);
  const at = words.findIndex((w) => rules.absoluteParticiples.includes(w));
  return at > 0 && !words.slice(0, at).some((w) => rules.verbStarts.has(w));
}
