// Attributions a bullet may leave out: ", a déclaré le président", ", the governor said", "X said that …".
import type { Lang } from '../../article/article';
import type { Segment } from '../clause-segments';
import type { RemovablePart } from './part';
import { DANGLING, type Rules } from './rules';
import { countWordsIn, elidedEntry, foldCase, lowerOf, opensOnParticiple, startsWithAny, WORD } from './text';

export const MAX_ATTRIBUTION_WORDS = 16;
const MAX_ENGLISH_VERB_LAST_WORDS = 6;
const MAX_ENGLISH_VERB_LAST_WORDS_AT_END = 10;
const MAX_HANGING_WORDS = 6;
const MAX_BARE_SUBJECT_WORDS = 5;
const REPORTING_REACH_WORDS = 20;
const COORDINATED_LINK = ['et', 'ou', 'mais', 'and', 'or', 'but'];

/** "Mais le…", "Also the…" (a connective opening the main clause) and "X said that …" (the attribution before a reported clause). */
export function addOpeningWords(text: string, main: Segment, rules: Rules, lang: Lang, add: (part: RemovablePart) => void): void {
  const head = text.slice(main.start, Math.min(main.end, main.start + 200));
  const lower = foldCase(head);
  const connective = rules.connectives.find((c) => lower.startsWith(c) && /^\s/u.test(lower.slice(c.length)));
  if (connective !== undefined) add({ start: main.start, end: main.start + connective.length + 1, kind: 'connective', tier: 0, opensSentence: true });
  let words = 0;
  for (const m of lower.matchAll(WORD)) {
    if (++words > REPORTING_REACH_WORDS) break;
    const link = rules.reportingLinks.find((r) => (/['’]$/u.test(r) ? lower.startsWith(r, m.index) : m[0] === r));
    if (link === undefined) continue;
    const before = lower.slice(0, m.index);
    // "X a rappelé que A et que B": without the reporting verb, "et que B" would hang.
    if (rules.reportingLinks.some((r) => COORDINATED_LINK.some((c) => lower.includes(` ${c} ${r}`, m.index)))) return;
    if (!endsOnAttributionVerb(before, rules)) continue;
    add({ start: main.start, end: main.start + m.index + link.length, kind: 'attribution', tier: 0, opensSentence: true });
    return;
  }
  // English reports without "that": "The ONS said manufacturing output dropped…".
  words = 0;
  for (const m of lower.matchAll(WORD)) {
    if (++words > REPORTING_REACH_WORDS / 2) break;
    if (words > 1 && rules.reportingWithoutLink.includes(m[0])) {
      const end = m.index + m[0].length;
      const next = /^\s+([\p{L}\p{N}]+)/u.exec(lower.slice(end))?.[1] ?? '';
      // "said on Thursday", "said it would": no reported clause follows.
      if (next === '' || rules.fronted.includes(next) || rules.reportingLinks.includes(next) || DANGLING[lang].has(next)) return;
      add({ start: main.start, end: main.start + end, kind: 'attribution', tier: 0, opensSentence: false });
      return;
    }
  }
}

export function isAttribution(lower: string, segment: string, rules: Rules, lang: Lang, isLast: boolean): boolean {
  const bare = lower.replace(/[.!?…]+$/u, '');
  const words = countWordsIn(segment, 0, segment.length);
  const verb = openingAttributionVerb(bare, rules);
  if (verb !== undefined && words <= MAX_ATTRIBUTION_WORDS && namesSpeakerAfter(segment.slice(verb.length), verb, rules)) return true;
  // ", officials said in a statement": a verb form that opens the segment may also close the attribution.
  if (verb !== undefined && lang !== 'en') return false;
  // English puts the verb last: ", the governor said", ", an OFAC document reviewed by Reuters showed".
  // Counted without what may close it and without an acronym in parentheses (", the agency (UKHSA) said on Thursday").
  if (lang !== 'en') return false;
  const core = withoutClosingSuffix(bare.replace(/\s*\([^)]*\)/gu, ''), rules);
  const reach = isLast ? MAX_ENGLISH_VERB_LAST_WORDS_AT_END : MAX_ENGLISH_VERB_LAST_WORDS;
  if (countWordsIn(core, 0, core.length) <= reach && closingAttributionVerb(core, rules)) return true;
  // ", the campaign manager told reporters at her headquarters": a short place or time phrase may follow the verb.
  const placed = isLast ? core.replace(CLOSING_PLACE_PHRASE, '') : core;
  return placed !== core && countWordsIn(placed, 0, placed.length) <= reach && (closingAttributionVerb(placed, rules) || rules.attributionVerbs.has(placed));
}

/** A phrase of place or time of at most four words that closes an English attribution (" at her headquarters", " in Geneva"). */
const CLOSING_PLACE_PHRASE = / (?:at|in|outside|after|before|during) (?:\S+ ){0,3}\S+$/u;

/** ", the company said on Monday", ", officials said in a statement": the attribution without what may close it. */
function withoutClosingSuffix(lower: string, rules: Rules): string {
  let out = lower;
  const time = rules.timesOfDay.find((t) => out.endsWith(` ${t}`));
  if (time !== undefined) out = out.slice(0, -time.length - 1);
  const day = rules.dayWords.find((d) => out.endsWith(` ${d}`));
  if (day !== undefined) out = out.slice(0, -day.length - 1).replace(/ (?:late |early )?on$/u, '');
  const suffix = rules.attributionSuffixes.find((s) => out.endsWith(` ${s}`));
  return suffix === undefined ? out : out.slice(0, -suffix.length - 1);
}

/** The attribution verb form `lower` opens on ("a déclaré le…" → "a déclaré"), the longest, or undefined. */
function openingAttributionVerb(lower: string, rules: Rules): string | undefined {
  const words = lower.split(' ', rules.attributionVerbWords);
  for (let n = words.length; n > 0; n--) {
    const form = words.slice(0, n).join(' ');
    if (rules.attributionVerbs.has(form)) return form;
  }
  return undefined;
}

/** Whether `lower` ends on an attribution verb form (", the governor said"). */
function closingAttributionVerb(lower: string, rules: Rules): boolean {
  const words = lower.split(' ');
  for (let n = 1; n <= rules.attributionVerbWords && n < words.length; n++) {
    if (rules.attributionVerbs.has(words.slice(-n).join(' '))) return true;
  }
  return false;
}

/** The most words between an attribution verb and its "que" ("affirme sur son blog que", "a déclaré lundi à l'AFP que"). */
const MAX_VERB_LINK_GAP_WORDS = 4;

/**
 * Whether `lower` (the words before a "que"/"that") holds an attribution verb followed by nothing, by date words, or by a
 * short phrase opening on a preposition ("affirme sur son blog", "a déclaré lundi à l'AFP") — not by an object, where
 * the "que" would open a relative clause ("a annoncé la mesure que…").
 */
function endsOnAttributionVerb(lower: string, rules: Rules): boolean {
  const words = lower.split(/\s+/u).filter((w) => w !== '');
  for (let i = words.length - 1; i >= 0 && i >= words.length - rules.attributionVerbWords - MAX_VERB_LINK_GAP_WORDS; i--) {
    for (let n = 1; n <= rules.attributionVerbWords && i + n <= words.length; n++) {
      if (!rules.attributionVerbs.has(words.slice(i, i + n).join(' '))) continue;
      const gap = words.slice(i + n);
      if (gap.length > MAX_VERB_LINK_GAP_WORDS) continue;
      const rest = gap.filter((w) => !isAttributionAdverb(w, rules));
      if (rest.length === 0 || elidedEntry(rest[0] as string, rules.verbLinkGapOpeners) !== undefined) return true;
    }
  }
  return false;
}

const MAX_ATTRIBUTION_ADVERBS = 2;

function isAttributionAdverb(lower: string, rules: Rules): boolean {
  return rules.dateAdverbs.includes(lower) || rules.dayWords.includes(lower) || rules.attributionAdverbs.includes(lower);
}

/**
 * Whether the words after an attribution verb name who speaks (", a déclaré le président", ", said
 * Mr Frost", ", a-t-il ajouté"), not what the sentence says (", assurent tenir l’aéroport", ", said it
 * expected…": there the verb is the clause's own).
 */
function namesSpeakerAfter(after: string, verb: string, rules: Rules): boolean {
  let rest = after;
  if (rules.attributionPrepositions.includes(verb) || /-t-|-(?:il|elle|ils|elles|on)$/u.test(verb)) return true;
  const words = rest.trimStart().split(/[\s\u00a0\u202f]+/u);
  // "a annoncé jeudi la Commission", "résumait encore dimanche Thomas Zurbuchen": a day or an adverb before the speaker.
  let skip = 0;
  while (skip < MAX_ATTRIBUTION_ADVERBS && words[skip] !== undefined && isAttributionAdverb(foldCase(words[skip] as string), rules)) skip++;
  const next = words[skip];
  rest = words.slice(skip).join(' ');
  if (next === undefined || next === '') return true;
  if (/^\p{Lu}/u.test(next)) return true;
  return startsWithAny(foldCase(rest.trimStart()), rules.appositiveDeterminers) || startsWithAny(foldCase(rest.trimStart()), ['son', 'sa', 'ses', 'leur', 'his', 'her', 'their', 'its']);
}

/** Whether the segments before `end` are a short subject followed only by relative clauses or appositives. */
export function isSubjectWithAsides(text: string, segments: readonly Segment[], main: number, end: number, rules: Rules): boolean {
  const subject = segments[main] as Segment;
  if (end <= main + 1 || countWordsIn(text, subject.start, subject.end) > MAX_BARE_SUBJECT_WORDS) return false;
  for (let j = main + 1; j < end; j++) {
    const lower = lowerOf(text, segments[j] as Segment);
    if (!startsWithAny(lower, rules.relatives) && !startsWithAny(lower, rules.appositiveDeterminers) && !opensOnParticiple(lower, rules)) return false;
  }
  return true;
}

/** What may follow an attribution and goes with it: a relative clause, an appositive, a participle, an office. */
export function hangsOn(text: string, seg: Segment, rules: Rules): boolean {
  const lower = foldCase(text.slice(seg.start, Math.min(seg.end, seg.start + 40)));
  if (countWordsIn(text, seg.start, seg.end) <= MAX_HANGING_WORDS) return true;
  // ", Director General of the British Chambers of Commerce": the speaker's office.
  return startsWithAny(lower, rules.relatives) || startsWithAny(lower, rules.appositiveDeterminers) || opensOnParticiple(lower, rules) || startsWithAny(lower, rules.titleNouns);
}

/** Whether `lower` opens on a finite verb of the lexicon or an attribution verb ("said", "s'est", "a annoncé"). */
export function opensOnVerb(lower: string, rules: Rules): boolean {
  const first = /^[\p{L}’']+/u.exec(lower)?.[0] ?? '';
  if (rules.verbStarts.has(first) || openingAttributionVerb(lower, rules) !== undefined) return true;
  return [...rules.verbStarts].some((v) => /['’]$/u.test(v) && first.startsWith(v) && first.length > v.length);
}
