// Compiled cue lexicons: whole words, prefixes (`accord*`) and several-word cues (`front commun`), matched on tokens.
import { fold } from '../text/fold';
import type { Token } from './tokenize';

/** One word of a cue pattern. */
interface CueWord {
  readonly key: string;
  readonly isPrefix: boolean;
}

/** A compiled cue pattern of one lexicon (`set`) among those compiled together. */
interface CompiledCue {
  readonly set: number;
  readonly pattern: string;
  readonly weight: number;
  readonly words: readonly CueWord[];
}

/** A cue found in a sentence. */
export interface CueMatch {
  /** The pattern as the lexicon writes it. */
  readonly pattern: string;
  /** Its weight in the lexicon. */
  readonly weight: number;
  /** Index of its first token. */
  readonly first: number;
  /** Index of its last token. */
  readonly last: number;
}

/** Finds the cues of one lexicon in token lists. */
export interface CueMatcher {
  /** Every cue occurrence in `tokens`, skipping occurrences that touch a token for which `skip` is true. */
  match(tokens: readonly Token[], skip?: (index: number) => boolean): CueMatch[];
}

/** Finds the cues of several lexicons at once (one lookup per token for all of them). */
export interface CueSetMatcher {
  /** Per lexicon, in the order given, what CueMatcher.match would find with that lexicon alone. */
  matchSets(tokens: readonly Token[], skip?: (index: number) => boolean): CueMatch[][];
}

const NO_CUES: readonly CompiledCue[] = [];
/** Bounds the per-word cache (a huge vocabulary starts it again rather than growing without end). */
const MAX_CACHED_WORDS = 100_000;

function compileWord(raw: string): CueWord {
  return raw.endsWith('*') ? { key: raw.slice(0, -1), isPrefix: true } : { key: raw, isPrefix: false };
}

/** Splits a pattern into folded words the way the tokenizer splits text (apostrophes separate words). */
export function patternWords(pattern: string): string[] {
  return fold(pattern.trim())
    .replace(/'/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '*');
}

function wordMatches(word: CueWord, key: string): boolean {
  return word.isPrefix ? key.startsWith(word.key) : key === word.key;
}

/** Compiles `pattern → weight` pairs into a matcher; each token is looked up by its whole form and its prefixes. */
export function compileCues(weights: Readonly<Record<string, number>>): CueMatcher {
  const sets = compileCueSets([weights]);
  return { match: (tokens, skip) => sets.matchSets(tokens, skip)[0]! };
}

/** Words that may stand inside a cue of several words ("a fait largement pression", "have also agreed"): folded. */
export interface CueGap {
  /** Endings of such words ("ment", "ly"). */
  readonly suffixes: readonly string[];
  /** Such words without the ending ("deja", "also"). */
  readonly words: readonly string[];
}

const MIN_GAP_SUFFIX_WORD = 6;

/** The cues of several lexicons by their first word: whole words, and prefixes up to the longest. */
interface CueHeads {
  readonly exact: ReadonlyMap<string, readonly CompiledCue[]>;
  readonly prefix: ReadonlyMap<string, readonly CompiledCue[]>;
  readonly longestPrefix: number;
}

/** Compiles every pattern of the lexicons (`set` is a lexicon's index) and indexes it by its first word. */
function indexCueHeads(lexicons: readonly Readonly<Record<string, number>>[]): CueHeads {
  const exact = new Map<string, CompiledCue[]>();
  const prefix = new Map<string, CompiledCue[]>();
  let longestPrefix = 0;
  for (const [set, weights] of lexicons.entries()) for (const [pattern, weight] of Object.entries(weights)) {
    const words = patternWords(pattern).map(compileWord);
    const head = words[0];
    if (head === undefined || head.key === '') continue;
    const cue: CompiledCue = { set, pattern, weight, words };
    const map = head.isPrefix ? prefix : exact;
    const list = map.get(head.key);
    if (list === undefined) map.set(head.key, [cue]);
    else list.push(cue);
    if (head.isPrefix) longestPrefix = Math.max(longestPrefix, head.key.length);
  }
  return { exact, prefix, longestPrefix };
}

/** The cues a word can open, per folded word, cached: news repeats its words, so each is looked up once. */
function cueCandidates(heads: CueHeads): (key: string) => readonly CompiledCue[] {
  const byKey = new Map<string, readonly CompiledCue[]>();
  return (key) => {
    let candidates = byKey.get(key);
    if (candidates !== undefined) return candidates;
    const found: CompiledCue[] = [...(heads.exact.get(key) ?? [])];
    const upTo = Math.min(key.length, heads.longestPrefix);
    for (let len = 1; len <= upTo; len++) {
      const list = heads.prefix.get(key.slice(0, len));
      if (list !== undefined) found.push(...list);
    }
    candidates = found.length === 0 ? NO_CUES : found;
    // Numbers are many and rarely repeat: caching them would only crowd the words out.
    const code = key.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39) return candidates;
    if (byKey.size >= MAX_CACHED_WORDS) byKey.clear();
    byKey.set(key, candidates);
    return candidates;
  };
}

/** The index of the last token of `cue` matched from token `i` (one gap word may stand inside it), or -1. */
function cueEndAt(cue: CompiledCue, tokens: readonly Token[], i: number, skip: ((index: number) => boolean) | undefined, isGap: (key: string) => boolean): number {
  let at = i;
  let gaps = 0;
  for (let w = 1; w < cue.words.length; w++) {
    at++;
    let token = tokens[at];
    // One adverb may stand inside the cue, never before its first word.
    if (token !== undefined && gaps === 0 && !wordMatches(cue.words[w]!, token.key) && isGap(token.key) && !skip?.(at)) {
      gaps++;
      at++;
      token = tokens[at];
    }
    if (token === undefined || skip?.(at) || !wordMatches(cue.words[w]!, token.key)) return -1;
  }
  return at;
}

/**
 * Compiles several lexicons into one matcher that finds each lexicon's cues in a single pass. With `gap`, one adverb
 * may stand between two words of a cue.
 */
export function compileCueSets(lexicons: readonly Readonly<Record<string, number>>[], gap?: CueGap): CueSetMatcher {
  const gapWords = new Set(gap?.words ?? []);
  const isGap = (key: string): boolean => gapWords.has(key) || (key.length >= MIN_GAP_SUFFIX_WORD && (gap?.suffixes ?? []).some((s) => key.endsWith(s)));
  const candidatesOf = cueCandidates(indexCueHeads(lexicons));
  return {
    matchSets(tokens, skip) {
      const found: CueMatch[][] = lexicons.map(() => []);
      for (let i = 0; i < tokens.length; i++) {
        if (skip?.(i)) continue;
        for (const cue of candidatesOf(tokens[i]!.key)) {
          const last = cueEndAt(cue, tokens, i, skip, isGap);
          if (last >= 0) found[cue.set]!.push({ pattern: cue.pattern, weight: cue.weight, first: i, last });
        }
      }
      return found;
    },
  };
}
