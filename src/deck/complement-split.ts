// "X a indiqué que A, et que B" → "X a indiqué que A" and "X a indiqué que B": two complements of one verb, two bullets, by deletion.
import type { Lang } from '../article/article';
import lexicon from './bullet-lexicon.json';
import type { Span } from './kept-text';
import { quotedSpans } from './quoted-spans';
import type { SharedSubjectSplit } from './shared-subject-split';
import { RULES as REMOVABLE_RULES } from './removable/rules';
import { foldCase } from './removable/text';
import { isInfinitive } from './removable/trailing';

const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*[’']?/gu;
const MIN_PART_WORDS = 3;
const MIN_HEAD_WORDS = 2;

interface Rules {
  readonly coordinators: ReadonlySet<string>;
  /** Words that open a complement clause ("que", "qu'", "that"). */
  readonly complementisers: ReadonlySet<string>;
  /** Prepositions that open an infinitive complement ("de", "d'"): "coupable d'avoir A et d'avoir B". */
  readonly infinitiveMarkers: ReadonlySet<string>;
  /** Whether a lower-cased word is an infinitive ("avoir", "mettre"), as the removable parts read one. */
  readonly isInfinitive: (word: string) => boolean;
  /** Finite verbs and auxiliaries: a head holding one is a clause ("a indiqué"). */
  readonly verbs: ReadonlySet<string>;
  /** Determiners: a word right after one is a noun, not the verb ("la mesure que…"). */
  readonly determiners: ReadonlySet<string>;
}

function rulesOf(lang: Lang): Rules {
  const l = lexicon[lang];
  const lower = (words: readonly string[]): string[] => words.map((w) => w.toLowerCase());
  return {
    coordinators: new Set(lower(l.sharedSubjectCoordinators)),
    complementisers: new Set(lower(l.complementisers)),
    infinitiveMarkers: new Set(lower(l.infinitiveMarkers)),
    isInfinitive: (word) => isInfinitive(word, REMOVABLE_RULES[lang]),
    verbs: new Set(lower(l.verbStarts)),
    determiners: new Set([...lower(l.subjectOpeners), ...lower(l.appositiveDeterminers)].filter((w) => !w.includes(' '))),
  };
}

const RULES: Readonly<Record<Lang, Rules>> = { fr: rulesOf('fr'), en: rulesOf('en') };

interface Word {
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Where `text[from, …)` (without `deleted`) is a head clause, a complement ("que A", "that A", "d'avoir A"), a
 * coordinator and a second complement opened the same way ("et que B", "and that B", "et d'avoir B"): the first bullet
 * ends at the coordinator, the second leaves out the first complement and the coordinator. The head must hold a verb
 * ("a indiqué que", "requires that"), not be a noun with its relative clause ("le contrat que A a signé et que…").
 */
export function coordinatedComplementSplit(text: string, deleted: readonly Span[], lang: Lang, from: number): SharedSubjectSplit | undefined {
  const rules = RULES[lang];
  const words = wordsOf(text, from);
  const quoted = quotedSpans(text);
  const isQuoted = (at: number): boolean => quoted.some((q) => q.start <= at && at < q.end);
  const isDeleted = (at: number): boolean => deleted.some((d) => d.start <= at && at < d.end);
  for (let k = MIN_HEAD_WORDS + MIN_PART_WORDS; k < words.length - MIN_PART_WORDS; k++) {
    const coordinator = words[k] as Word;
    if (!rules.coordinators.has(coordinator.lower) || isQuoted(coordinator.start) || isDeleted(coordinator.start)) continue;
    const second = complementOpener(words, k + 1, rules);
    if (second === undefined) continue;
    const first = previousOpener(words, k, second.kind, rules);
    if (first === undefined || k - first.index < MIN_PART_WORDS || isQuoted((words[first.index] as Word).start)) continue;
    if (!hasVerbHead(words, first.index, rules, text, deleted)) continue;
    // The second bullet keeps the head and the second opener ("annonce que l'état…"); when the first opener went with
    // its attribution ("la Nasa a indiqué que"), the second goes too.
    const firstStart = (words[first.index] as Word).start;
    const secondStart = (words[k + 1] as Word).start;
    return { firstEnd: coordinator.start, gap: { start: firstStart, end: isDeleted(firstStart) ? second.markerEnd : secondStart } };
  }
  return undefined;
}

/** An opener at word `i`: a complementiser ("que", "qu'il", "that") or a marker and its infinitive ("d'avoir", "de mettre"). */
interface Opener {
  readonly kind: 'clause' | 'infinitive';
  /** Where the complementiser or marker ends: "qu'" of "qu'il", "de" of "de mettre". */
  readonly markerEnd: number;
}

function complementOpener(words: readonly Word[], i: number, rules: Rules): Opener | undefined {
  const word = words[i];
  if (word === undefined) return undefined;
  if (rules.complementisers.has(word.lower)) return { kind: 'clause', markerEnd: word.end };
  // "qu'il" and "d'avoir" are one word: the marker is their elided opening.
  const elided = /^(qu|d)['’](.+)$/u.exec(word.lower);
  if (elided?.[1] === 'qu') return { kind: 'clause', markerEnd: word.start + 3 };
  if (elided?.[1] === 'd' && rules.isInfinitive(elided[2] as string)) return { kind: 'infinitive', markerEnd: word.start + 2 };
  // "à l'ouverture" is a noun after its article, not an infinitive: only a reflexive pronoun may be glued to one ("s'abstenir").
  const next = words[i + 1]?.lower ?? '';
  if (rules.infinitiveMarkers.has(word.lower) && rules.isInfinitive(next) && !/^(?![sm]['’])\p{L}+['’]/u.test(next)) return { kind: 'infinitive', markerEnd: word.end };
  return undefined;
}

/** The index of the last opener of `kind` before the coordinator at `k`. */
function previousOpener(words: readonly Word[], k: number, kind: Opener['kind'], rules: Rules): { index: number } | undefined {
  for (let i = k - MIN_PART_WORDS; i >= MIN_HEAD_WORDS; i--) {
    if (complementOpener(words, i, rules)?.kind === kind) return { index: i };
  }
  return undefined;
}

/** Whether the words before the first opener hold a kept verb, or end on one (a word that no determiner precedes). */
function hasVerbHead(words: readonly Word[], at: number, rules: Rules, text: string, deleted: readonly Span[]): boolean {
  const head = words.slice(0, at);
  if (head.some((w) => rules.verbs.has(w.lower))) return true;
  const last = head.at(-1);
  const beforeLast = head.at(-2);
  if (last === undefined || beforeLast === undefined || rules.determiners.has(beforeLast.lower) || /^\p{Lu}/u.test(text.slice(last.start, last.start + 1))) return false;
  // Between the verb and its complement there is no comma: "la mesure, que…" is a relative clause.
  return !/,/u.test(text.slice(last.end, (words[at] as Word).start)) && !deleted.some((d) => d.start <= last.start && last.start < d.end);
}

function wordsOf(text: string, from: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) out.push({ lower: foldCase(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}
