// Asides a bullet may leave out: parentheses and dashes, connectives inside the clause, appositives and relative clauses.
import type { Delimiter, Segment } from '../clause-segments';
import type { Span } from '../kept-text';
import { quotedSpans } from '../quoted-spans';
import { opensOnVerb } from './attribution';
import type { RemovablePart } from './part';
import type { Rules } from './rules';
import { countWordsIn, DIGIT, foldCase, holdsVerb, lowerOf, opensOnParticiple, startsWithAny } from './text';

const MAX_LIST_ITEM_WORDS = 3;
const LIST_END = /^[^,;:]*\s(?:and|or|et|ou)\s/u;

/** A participle phrase between commas is an appositive only right after a subject this short ("Les dirigeants, réunis à Bruxelles, sont…"). */
export const MAX_SUBJECT_WORDS = 8;
const CAPITALISED = /^[«“"‘(]*\p{Lu}/u;
const MAX_NAME_WORDS = 5;
const MAX_TITLED_SUBJECT_WORDS = 12;
const NAME_PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'al', 'el', 'bin', 'ben', 'da', 'di', 'dos', 'et', 'and']);

/**
 * "Congo's army spokesman, Colonel Patrick Mwamba, said…", "Le président du parti, Sigmar Gabriel, ministre de
 * l'économie, s'est fixé…": a name between commas after a short subject that names an office goes (the actors slide
 * has it), when a verb follows it or an appositive that does; the subject and its verb stay together.
 */
export function addNameAppositive(text: string, segments: readonly Segment[], i: number, rules: Rules, add: (part: RemovablePart) => void): boolean {
  const subject = segments[i - 1] as Segment;
  const name = segments[i] as Segment;
  if (name.before === undefined || name.after === undefined) return false;
  const subjectText = text.slice(subject.start, subject.end);
  const lastWord = subjectText.split(/\s+/u).at(-1) ?? '';
  // "Le ministre des finances, X,": an office before the name; "La cheffe de mission du FMI, X," ends on an acronym.
  const isOffice = /^\p{Ll}/u.test(lastWord) || (/^\p{Lu}{2,}$/u.test(lastWord) && startsWithAny(foldCase(subjectText), rules.appositiveDeterminers));
  if (!isOffice || countWordsIn(text, subject.start, subject.end) > MAX_TITLED_SUBJECT_WORDS || holdsVerb(subjectText, rules)) return false;
  const words = text.slice(name.start, name.end).trim().split(/\s+/u);
  if (words.length > MAX_NAME_WORDS || !words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w)) || !/^\p{Lu}/u.test(words.at(-1) ?? '')) return false;
  let next = i + 1;
  while (segments[next]?.after?.kind === 'comma' && isTitle(lowerOf(text, segments[next] as Segment), rules)) next++;
  const verbSegment = segments[next];
  if (verbSegment === undefined || !opensOnVerb(lowerOf(text, verbSegment), rules)) return false;
  // Right before the verb, both commas go ("spokesman said"); before an appositive, the comma after the name stays for it.
  const end = next === i + 1 ? name.after.end : name.after.start;
  add({ start: name.before.start, end, kind: 'appositive', tier: 1, opensSentence: false });
  return true;
}

/**
 * "…du président de l'Eurogroupe, Mario Centeno, du Commissaire européen…, Pierre Moscovici, et du président du MES, Klaus
 * Regling, est prévue…": a name between commas after an office in a list of officials (the segment before names the
 * office and the one after goes on with the list or the verb). Tier 2: only a long bullet loses the names, which the
 * actors slide lists; the offices stay. Where the name's part ends, or undefined when it is no listed name.
 */
export function listedNameEnd(text: string, segments: readonly Segment[], i: number, main: number, rules: Rules): number | undefined {
  const office = segments[i - 1];
  const name = segments[i] as Segment;
  const next = segments[i + 1];
  if (office === undefined || next === undefined || name.before?.kind !== 'comma' || name.after?.kind !== 'comma') return undefined;
  const words = text.slice(name.start, name.end).trim().split(/\s+/u);
  if (words.length < 2 || words.length > MAX_NAME_WORDS || !words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w)) || !/^\p{Lu}/u.test(words.at(-1) ?? '')) return undefined;
  const officeText = text.slice(office.start, office.end);
  const lastWord = officeText.replace(/\s*\([^)]*\)\s*$/u, '').split(/\s+/u).at(-1) ?? '';
  if (!/^\p{Ll}/u.test(lastWord) && !/^\p{Lu}{2,}$/u.test(lastWord) && !/^\p{Lu}\p{Ll}+$/u.test(lastWord)) return undefined;
  if (holdsVerb(officeText, rules)) return undefined;
  const nextLower = lowerOf(text, next);
  const listGoesOn = startsWithAny(nextLower.replace(LIST_COORDINATOR, ''), rules.listedOfficeOpeners);
  // Inside the list the comma after the name stays for the next item; before "et" or the verb both commas go.
  const end = listGoesOn && !LIST_COORDINATOR.test(nextLower) ? name.end : name.after.end;
  // The first office ends the main segment ("Une conférence de presse du président de l'Eurogroupe, X, du…"): the list must go on.
  if (i === main + 1) return listGoesOn ? end : undefined;
  // Later offices are noun phrases of the list ("du Commissaire européen…", "et la ministre du Travail"), not clauses.
  const officeLower = foldCase(officeText);
  if (!startsWithAny(officeLower.replace(LIST_COORDINATOR, ''), rules.listedOfficeOpeners)) return undefined;
  return listGoesOn || LIST_COORDINATOR.test(officeLower) || opensOnVerb(nextLower, rules) ? end : undefined;
}

const LIST_COORDINATOR = /^(?:et|and)\s+/u;

/** Parentheses (always) and text between two dashes (when long); a lone dash after the main clause opens a tail. */
export function addBracketed(
  text: string,
  delimiters: readonly Delimiter[],
  mainEnd: number,
  stop: number,
  add: (part: RemovablePart, mayHoldNumbers?: boolean, mayHoldFigures?: boolean) => void,
): void {
  let open: Delimiter | undefined;
  let dash: Delimiter | undefined;
  for (const d of delimiters) {
    if (d.kind === 'open' && open === undefined) open = d;
    else if (d.kind === 'close' && open !== undefined) {
      const part = { start: open.start, end: d.end, kind: 'parenthetical', opensSentence: false } as const;
      // "£900 million ($1.15 billion)": the same amount again goes; another figure goes only from a bullet over the hard limit.
      if (isRestatedAmount(text, open.start, d.end)) add({ ...part, tier: 1 }, true, true);
      else if (DIGIT.test(text.slice(open.start, d.end))) add({ ...part, tier: 1 });
      else add({ ...part, tier: 0 });
      open = undefined;
    } else if (d.kind === 'dash' && open === undefined) {
      if (dash === undefined) dash = d;
      else {
        if (dash.start >= mainEnd) add({ start: dash.start, end: d.end, kind: 'aside', tier: 1, opensSentence: false });
        dash = undefined;
      }
    }
  }
  // "… dont un de la Saudia Airlines » – un incident confirmé à Ryad": a lone dash opens a tail.
  if (dash !== undefined && dash.start >= mainEnd) add({ start: dash.start, end: stop, kind: 'trailing', tier: 2, opensSentence: false });
}

const MAX_RESTATED_WORDS = 4;

/** Whether the parentheses at [start, end) hold only an amount, right after another ("£900 million ($1.15 billion)"). */
function isRestatedAmount(text: string, start: number, end: number): boolean {
  const inside = text.slice(start + 1, end - 1).trim();
  const before = text.slice(Math.max(0, start - 40), start);
  return /^[^\p{L}\s]*\p{Nd}/u.test(inside) && countWordsIn(inside, 0, inside.length) <= MAX_RESTATED_WORDS && /\p{Nd}[^.;:(),]{0,30}$/u.test(before);
}

/** "a par ailleurs indiqué", "has also invited": a connective inside the clause, outside quotations. */
export function addMidConnectives(text: string, from: number, rules: Rules, add: (part: RemovablePart) => void): void {
  let quoted: Span[] | undefined;
  const lower = foldCase(text);
  for (const phrase of rules.midConnectives) {
    for (let at = lower.indexOf(` ${phrase} `, from); at >= 0; at = lower.indexOf(` ${phrase} `, at + phrase.length + 1)) {
      const start = at + 1;
      quoted ??= quotedSpans(text);
      if (quoted.some((q) => q.start <= start && start < q.end)) continue;
      add({ start, end: start + phrase.length + 1, kind: 'connective', tier: 0, opensSentence: false });
    }
  }
}

/** Whether `lower` opens on an office ("ministre de l'économie"), perhaps after an adverb ("également ministre"). */
function isTitle(lower: string, rules: Rules): boolean {
  const connective = rules.midConnectives.find((c) => startsWithAny(lower, [c]));
  return startsWithAny(connective === undefined ? lower : lower.slice(connective.length).trimStart(), rules.titleNouns);
}

/** ", le ministre des finances," right after a name, or ", réunis en sommet à Bruxelles,": a phrase between commas. */

export function isAppositive(text: string, previous: Segment, lower: string, rules: Rules, followsSubject: boolean): boolean {
  if (followsSubject && opensOnParticiple(lower, rules)) return true;
  // "la Côte d'Ivoire": a name may open on an elided article.
  const last = (text.slice(Math.max(previous.start, previous.end - 40), previous.end).split(/\s+/u).at(-1) ?? '').replace(/^[dl]['’]/u, '');
  return CAPITALISED.test(last) && (startsWithAny(lower, rules.appositiveDeterminers) || isTitle(lower, rules));
}

/**
 * Whether segment `i` belongs to the relative clause before it: another relative ("…, dont…, qui…"),
 * or an item of the list it opened ("which includes oilfields, refineries and gas stations").
 */
export function continuesRelative(text: string, segments: readonly Segment[], i: number, rules: Rules): boolean {
  const seg = segments[i] as Segment;
  if (startsWithAny(lowerOf(text, seg), rules.relatives)) return true;
  const item = text.slice(seg.start, seg.end);
  // "…, will keep a stake and stay on": a clause with its own verb is the main clause going on, not a list item.
  if (holdsVerb(item, rules)) return false;
  if (countWordsIn(text, seg.start, seg.end) <= MAX_LIST_ITEM_WORDS) return true;
  return i === segments.length - 1 && LIST_END.test(item.slice(0, 60));
}
