// Named entities: people, places and organisations, with every sentence that mentions them.
// Capitalised spans are found per sentence, classified by gazetteers and the words around them,
// then merged across the article (Maduro = Nicolas Maduro, FSR = Forces de soutien rapide (FSR)).
import type { Lang } from '../article/article';
import type { Entity, EntityKind } from './analysis';
import { LETTER, LOWER, NUMBER, UPPER, classAt, isSpaceCode, isUpperWord, unitClassAt } from './char-class';
import { GAZETTEER, isDemonym, type Gazetteer } from './gazetteer';
import { sortSmall } from './small-sort';
import { gazetteerTitles, titleEndingAt, titleStartingAt } from './title-index';
import type { Token } from './tokenize';

/** One sentence as the extractors see it. */
export interface SentenceTokens {
  /** The sentence's text. */
  readonly text: string;
  /** Its word tokens. */
  readonly tokens: readonly Token[];
  /** A byline or credit line: its people are not content. */
  readonly isCredit: boolean;
}

/** Where an entity is mentioned inside a sentence. */
export interface EntitySpan {
  /** Index into the result's `entities`. */
  readonly entity: number;
  /** First token of the mention. */
  readonly first: number;
  /** Last token of the mention. */
  readonly last: number;
  /** Character offsets in the sentence text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
}

/** The entities of an article with their positions. */
export interface EntityResult {
  /** The entities, in order of first mention. */
  readonly entities: readonly Entity[];
  /** Per sentence, its entity mentions in text order. */
  readonly spans: readonly (readonly EntitySpan[])[];
  /** Per entity index, the folded titles seen before its name (président, governor…). */
  readonly titles: readonly (readonly string[])[];
}

/** Whether tokens a..b are an upper-case dateline at the very start of a sentence, before a comma, a parenthesis or a dash. */
function isDateline(text: string, tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (!isUpperWord(tokens[k]!.text)) return false;
  if (!/^[\s*_]*(?:\p{Lu}+\s+)?$/u.test(text.slice(0, tokens[a]!.start))) return false;
  return /^[*_]*\s*(?:,|\(|—|–|-\s)/u.test(text.slice(tokens[b]!.end));
}

/** The sentence index of a title mention: it counts for merging and kinds, not as a sentence mention. */
const TITLE_SENTENCE = -1;

const NO_TITLES: readonly string[] = Object.freeze([]);

/** How sure a mention's kind is: a known name beats a title, which beats a guess. */
const STRENGTH = { gazetteer: 6, acronym: 5, orgWord: 4, title: 4, intro: 3, company: 3, givenName: 2, shape: 1 } as const;

/** A name found in a sentence, before mentions are merged into entities. */
interface Mention {
  readonly sentence: number;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Merge key before merging (group id for known names, folded words otherwise). */
  readonly key: string;
  /** Folded words of the mention (no parentheses, no possessive). */
  readonly words: readonly string[];
  readonly kind: EntityKind;
  readonly strength: number;
  readonly titles: readonly string[];
  /** Whether the mention is inside a credit line (people there are not content). */
  readonly isCredit: boolean;
}

/** Words before "de l'Énergie", "of Energy" that make the capitalised word a portfolio. */
const MINISTER_WORDS = new Set(['ministre', 'ministere', 'minister', 'ministry', 'secretary', 'secretaire', 'charge', 'chargee', 'delegue', 'deleguee', 'department', 'departement']);

/** Articles between a preposition and a name (dans l'Audomarois, in the Souss), or before a company cue (shares in the X). */
const ARTICLES = new Set(['the', 'le', 'la', 'l', 'les']);

/** Prepositions before "X in <known place>" that make X a place (from Andøya in Norway). */
const FROM_WORDS = new Set(['from', 'near', 'at', 'in', 'to', 'into', 'de', 'depuis', 'vers', 'pres', 'a']);
/** Prepositions that link a place noun to its name across an adjective: "l’île grecque de Crète". */
const OF_WORDS = new Set(['de', 'd', 'du', 'des', 'of']);

const OPENERS = new Set(['«', '“', '"', '‘', '„', '(', '[', '{', ':', ';', '–', '—', '•', '*', '.', '!', '?', '…', '-', '|', '>', '#']);

function isCapitalised(text: string): boolean {
  return (classAt(text, 0) & UPPER) !== 0;
}

/** Whether a token starts a sentence, a quotation or a clause after a colon (its capital says nothing). */
function isInitial(text: string, token: Token): boolean {
  let i = token.start - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  if (i < 0) return true;
  const c = text[i]!;
  if (c === "'" || c === '’') return !(i > 0 && (unitClassAt(text, i - 1) & LETTER) !== 0);
  return OPENERS.has(c);
}

function gap(s: SentenceTokens, a: number, b: number): string {
  const ta = s.tokens[a];
  const tb = s.tokens[b];
  return ta === undefined || tb === undefined ? '' : s.text.slice(ta.end, tb.start);
}

/** Whether tokens a and b are separated by spaces only (at least one; plain, no-break or narrow). */
function isSpaceGap(s: SentenceTokens, a: number, b: number): boolean {
  const ta = s.tokens[a];
  const tb = s.tokens[b];
  if (ta === undefined || tb === undefined || ta.end >= tb.start) return false;
  for (let k = ta.end; k < tb.start; k++) {
    const code = s.text.charCodeAt(k);
    if (code !== 0x20 && code !== 0xa0 && code !== 0x202f) return false;
  }
  return true;
}

/** Whether the gap between tokens a and b is an apostrophe, with spaces around it or not (l' Union). */
function isApostropheGap(s: SentenceTokens, a: number, b: number): boolean {
  return /^[ ]*['’][ ]*$/u.test(gap(s, a, b));
}

/** "St. Petersburg", "Mt. Kenya": an abbreviation's dot then spaces, read as the known name "St Petersburg". */
function isAbbreviationGap(s: SentenceTokens, a: number, b: number): boolean {
  return ABBREVIATIONS.has(s.tokens[a]?.key ?? '') && /^\.[ \u00a0]+$/u.test(gap(s, a, b));
}

const ABBREVIATIONS = new Set(['st', 'mt', 'ft']);

/** Surnames with a lowercase particle: al-Kaabi, ben-Salem, abu-Bakr. */
const PARTICLE_NAME = /^(?:al|el|ad|ar|as|at|an|az|ash|ibn|bin|ben|abu|abd|ould)[-‐‑]\p{Lu}/u;

/** Capitalised name-like word, with its trailing lowercase hyphen part (Texas-based) marked. */
interface WordInfo {
  readonly isName: boolean;
  /** Whether the word starts a sentence, a quotation or a clause (set for names; false for other words). */
  readonly isInitial: boolean;
  /** The name ends inside the token (Texas-based → Texas). */
  readonly cut?: number;
}

/** Whether a lowercase letter is followed by a capital (QatarEnergy, McCafferty), as /\p{Ll}\p{Lu}/u. */
function hasInnerCapital(text: string): boolean {
  let previousLower = false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const cls = classAt(text, i);
    if (previousLower && (cls & UPPER) !== 0) return true;
    previousLower = (cls & LOWER) !== 0;
    i += cp > 0xffff ? 2 : 1;
  }
  return false;
}

/** Whether a word holds a hyphen (-, ‐ or ‑). */
function hasHyphenChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2d || code === 0x2010 || code === 0x2011) return true;
  }
  return false;
}

/** The four WordInfo values without a cut, shared (most tokens have one of them). */
const PLAIN_INFOS: readonly WordInfo[] = [
  { isName: false, isInitial: false },
  { isName: false, isInitial: true },
  { isName: true, isInitial: false },
  { isName: true, isInitial: true },
];

const NOT_A_NAME = PLAIN_INFOS[0]!;

function plainInfo(isName: boolean, isInitial: boolean): WordInfo {
  return PLAIN_INFOS[(isName ? 2 : 0) + (isInitial ? 1 : 0)]!;
}

/** Removes a possessive and parentheses from folded words. */
function keyWords(tokens: readonly Token[], first: number, last: number): string[] {
  const out: string[] = [];
  for (let i = first; i <= last; i++) out.push(tokens[i]!.key);
  return out;
}

/** Strips an Arabic article prefix for surname matching (Al-Bourhane → bourhane). */
function surnameKey(word: string): string {
  return word.replace(/^(?:al|el| al|ad|ar|as|at|ben|bin|ibn)-/u, '');
}

const prefixCache = new WeakMap<Gazetteer, ReadonlySet<string>>();

/** Every proper prefix (in words) of a known name: the name lookup stops where none goes on. */
function namePrefixesOf(gz: Gazetteer): ReadonlySet<string> {
  let prefixes = prefixCache.get(gz);
  if (prefixes === undefined) {
    const set = new Set<string>();
    for (const key of gz.names.keys()) {
      const words = key.split(' ');
      for (let n = 1; n < words.length; n++) set.add(words.slice(0, n).join(' '));
    }
    prefixes = set;
    prefixCache.set(gz, prefixes);
  }
  return prefixes;
}

const FR_ADJECTIVE = /(?:ain|aine|ains|aines|ien|ienne|iens|iennes|éen|éenne|een|eenne|al|ale|aux|ales|ique|iques|aire|aires|ais|aise|ois|oise|if|ive|el|elle|unies|unis|rapide|arabe|atlantique|mondial|mondiale|général|generale|générale|centrale|fédéral|fédérale|federale|national|nationale|international|internationale|populaire|islamique|démocratique|democratique|constitutionnel|constitutionnelle|suprême|supreme)$/u;

/** Word shapes of a sentence's tokens; adds to `midCapitals` the names capitalised where a capital means a name. */
function wordInfos(s: SentenceTokens, midCapitals?: Set<string>): WordInfo[] {
  return s.tokens.map((t) => {
    const word = t.text;
    const hasHyphen = hasHyphenChar(word);
    // Most words start with a lowercase ASCII letter and hold no hyphen: no name, no cut. (Whether such
    // a word starts the sentence is never asked: only names' starts are.)
    const code = word.charCodeAt(0);
    if (code >= 0x61 && code <= 0x7a && !hasHyphen) return NOT_A_NAME;
    const initial = isInitial(s.text, t);
    const hyphenCut = hasHyphen ? /^(\p{Lu}[\p{L}\p{M}]*)[-‐‑]\p{Ll}[\p{Ll}\p{M}-]*$/u.exec(word) : null;
    const isParticleName = hasHyphen && PARTICLE_NAME.test(word);
    const isName = (isCapitalised(word) || isUpperWord(word) || isParticleName) && (classAt(word, 0) & NUMBER) === 0;
    // Inner capitals (QatarEnergy, McCafferty) or a particle (al-Kaabi) mark a name even at a sentence start.
    if (midCapitals !== undefined && isName && (!initial || hasInnerCapital(word) || isParticleName)) midCapitals.add(t.key);
    return hyphenCut === null ? plainInfo(isName, initial) : { isName, isInitial: initial, cut: hyphenCut[1]!.length };
  });
}

/**
 * Finds entities sentence by sentence, so that a caller need not keep every sentence's tokens: a first
 * pass notes the words capitalised mid-sentence, a second finds the mentions, then they are merged.
 */
export interface EntityScanner {
  /** First pass: notes the words the sentence capitalises where a capital means a name (every sentence, before `add`). */
  noteCapitals(sentence: SentenceTokens): void;
  /** Second pass: finds the mentions of the next sentence (sentences in article order). */
  add(sentence: SentenceTokens): void;
  /**
   * The article's title (any time before `finish`): its known places and organisations count as
   * mentions of those entities (a story about "le Maroc" may name it only in its headline), with no
   * sentence index; its other capitalised words are ignored (headlines capitalise freely).
   */
  addTitle(title: SentenceTokens): void;
  /** Merges the mentions found into entities. */
  finish(): EntityResult;
}

/** Finds the entities of an article. `isCommonWord` tells lexicon words (Hyperinflation) that are not names. */
export function extractEntities(
  sentences: readonly SentenceTokens[],
  lang: Lang,
  isCommonWord: (key: string) => boolean,
  gz: Gazetteer = GAZETTEER,
  title?: SentenceTokens,
): EntityResult {
  const scanner = entityScanner(lang, isCommonWord, gz);
  if (title !== undefined) scanner.addTitle(title);
  for (const s of sentences) scanner.noteCapitals(s);
  for (const s of sentences) scanner.add(s);
  return scanner.finish();
}

/** An EntityScanner for articles in `lang`. */
export function entityScanner(lang: Lang, isCommonWord: (key: string) => boolean, gz: Gazetteer = GAZETTEER): EntityScanner {
  const indexed = gazetteerTitles(gz);
  const titles = indexed[lang];
  const allTitles = indexed.all;
  const namePrefixes = namePrefixesOf(gz);
  // Capitalised words seen where a capital means a name (not at a sentence or quotation start).
  const midCapitals = new Set<string>();
  const mentions: Mention[] = [];
  const aliasLinks: (readonly [string, string])[] = [];
  const acronymLinks: (readonly [string, string])[] = [];
  let sentenceCount = 0;
  const titleMentions: Mention[] = [];
  // Mentions live as long as the article: the texts, keys and word lists they repeat are shared, so a long
  // article keeps one copy of each instead of one per mention (fewer objects for the garbage collector).
  const mentionTexts = new Map<string, string>();
  const wordLists = new Map<string, { readonly words: readonly string[]; readonly joined: string }>();
  const groupKeys: string[] = [];
  return {
    noteCapitals: (s) => void wordInfos(s, midCapitals),
    add: (s) => addSentence(s, sentenceCount++),
    addTitle: (s) => {
      const before = mentions.length;
      const links = [aliasLinks.length, acronymLinks.length] as const;
      addSentence(s, TITLE_SENTENCE);
      titleMentions.push(...mentions.splice(before).filter((m) => m.strength === STRENGTH.gazetteer));
      aliasLinks.length = links[0];
      acronymLinks.length = links[1];
    },
    finish: () => merge([...mentions, ...titleMentions], aliasLinks, acronymLinks, gz, sentenceCount),
  };

  function sharedText(text: string): string {
    const known = mentionTexts.get(text);
    if (known !== undefined) return known;
    mentionTexts.set(text, text);
    return text;
  }
  /** The folded words of tokens first…last and them joined with spaces. */
  function sharedWords(tokens: readonly Token[], first: number, last: number): { readonly words: readonly string[]; readonly joined: string } {
    let joined = tokens[first]!.key;
    for (let i = first + 1; i <= last; i++) joined += ` ${tokens[i]!.key}`;
    let entry = wordLists.get(joined);
    if (entry === undefined) {
      entry = { words: keyWords(tokens, first, last), joined };
      wordLists.set(joined, entry);
    }
    return entry;
  }
  /** The merge key of a known name's group of variants. */
  function groupKey(group: number): string {
    return (groupKeys[group] ??= `#g${group}`);
  }

  function addSentence(s: SentenceTokens, si: number): void {
    const tokens = s.tokens;
    const info = wordInfos(s);
    const used = new Array<boolean>(tokens.length).fill(false);
    // The mention each token belongs to: constant-time lookups keep long sentences linear.
    const owner = new Array<Mention | undefined>(tokens.length).fill(undefined);
    const removed = new Set<Mention>();
    const sentenceMentions: Mention[] = [];
    const push = (
      first: number,
      last: number,
      kind: EntityKind,
      strength: number,
      key?: string,
      end?: number,
      mentionTitles: readonly string[] = NO_TITLES,
    ): Mention => {
      let start = tokens[first]!.start;
      const stop = end ?? tokens[last]!.end;
      // "(Donald) Trump": the opening parenthesis belongs to the name.
      if (s.text[start - 1] === '(' && s.text.slice(start, stop).includes(')')) start--;
      const { words, joined } = sharedWords(tokens, first, last);
      const m: Mention = {
        sentence: si,
        first,
        last,
        start,
        end: stop,
        // A one-word mention is its token's text (no new string to make and hash).
        text: sharedText(first === last && start === tokens[first]!.start && stop === tokens[first]!.end ? tokens[first]!.text : s.text.slice(start, stop)),
        key: key ?? joined,
        words,
        kind,
        strength,
        titles: mentionTitles,
        isCredit: s.isCredit,
      };
      for (let k = first; k <= last; k++) {
        used[k] = true;
        owner[k] = m;
      }
      sentenceMentions.push(m);
      return m;
    };

    // A. Known names, longest first, left to right.
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if ((classAt(t.text, 0) & (LETTER | NUMBER)) === 0) continue;
      let key = '';
      let found: { n: number; name: { group: number; kind: EntityKind } } | undefined;
      for (let n = 1; n <= gz.longestName && i + n <= tokens.length; n++) {
        if (n > 1 && !isSpaceGap(s, i + n - 2, i + n - 1) && !isApostropheGap(s, i + n - 2, i + n - 1) && !isAbbreviationGap(s, i + n - 2, i + n - 1)) break;
        key = n === 1 ? t.key : `${key} ${tokens[i + n - 1]!.key}`;
        const known = gz.names.get(key);
        if (known === undefined) {
          // No known name goes on from here.
          if (!namePrefixes.has(key)) break;
          continue;
        }
        if (known.isUpperCase && !isUpperWord(t.text)) continue;
        if (known.isCapitalised && !isCapitalised(t.text)) continue;
        const lastInfo = info[i + n - 1]!;
        if (lastInfo.cut !== undefined) continue;
        found = { n, name: known };
      }
      // "Sofia Lindgren", "Jordan Bardella": a place that is also a given name starts a person's name
      // when an unknown capitalised word follows.
      const next = tokens[i + 1];
      if (
        found !== undefined && found.n === 1 && found.name.kind === 'place' && gz.givenNames.has(t.key) && !isUpperWord(t.text) &&
        next !== undefined && isSpaceGap(s, i, i + 1) && isCapitalised(next.text) && !isUpperWord(next.text) &&
        !gz.functionWords.has(next.key) && !gz.names.has(next.key)
      ) continue;
      if (found === undefined) {
        // Texas-based: the capitalised part alone may be known.
        const cut = info[i]!.cut;
        const known = cut === undefined ? undefined : gz.names.get(t.key.slice(0, cut));
        if (cut !== undefined && known !== undefined && known.isCapitalised) {
          push(i, i, known.kind, STRENGTH.gazetteer, groupKey(known.group), t.start + cut);
        }
        continue;
      }
      push(i, i + found.n - 1, found.name.kind, STRENGTH.gazetteer, groupKey(found.name.group));
      i += found.n - 1;
    }

    // B. Acronyms defined in parentheses: Forces de soutien rapide (FSR).
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!isUpperWord(t.text) || t.text.length > 8) continue;
      if (!/\($/.test(gap(s, i - 1, i).trimEnd()) || !/^\s*\)/.test(s.text.slice(t.end))) continue;
      const letters = t.text.replace(/[^\p{L}]/gu, '').toLowerCase();
      let li = letters.length - 1;
      let k = i - 1;
      let firstWord = -1;
      while (k >= 0 && li >= 0) {
        const w = tokens[k]!;
        if (k < i - 1 && !isSpaceGap(s, k, k + 1) && !/^['’]$/.test(gap(s, k, k + 1))) break;
        if (gz.connectors.has(w.key) || gz.functionWords.has(w.key)) {
          k--;
          continue;
        }
        // A word may stand for one letter or, hyphenated, for several.
        const parts = w.key.split('-').filter((p) => p !== '');
        let ok = true;
        for (let p = parts.length - 1; p >= 0 && ok; p--) {
          if (li >= 0 && parts[p]![0] === letters[li]) li--;
          else if (p === parts.length - 1) ok = false;
        }
        if (!ok) break;
        firstWord = k;
        k--;
      }
      if (li >= 0 || firstWord < 0 || !isCapitalised(tokens[firstWord]!.text)) continue;
      const expansionOwner = owner[firstWord];
      const expansionKnown = expansionOwner !== undefined && expansionOwner === owner[i - 1] ? expansionOwner : undefined;
      const acronymKnown = owner[i]?.first === i ? owner[i] : undefined;
      if (expansionKnown !== undefined) {
        if (acronymKnown === undefined) push(i, i, expansionKnown.kind, STRENGTH.acronym, expansionKnown.key);
        continue;
      }
      if (used.slice(firstWord, i + 1).some((u) => u)) continue;
      const closing = s.text.indexOf(')', t.end);
      const m = push(firstWord, i, 'organisation', STRENGTH.acronym, undefined, closing + 1);
      acronymLinks.push([m.key, t.key]);
    }

    // C. Capitalised spans.
    for (let i = 0; i < tokens.length; i++) {
      if (used[i] || !info[i]!.isName) continue;
      const t = tokens[i]!;
      if (gz.functionWords.has(t.key) || gz.notNames.has(t.key)) continue;
      let j = i;
      for (;;) {
        if (info[j]!.cut !== undefined) break;
        const next = j + 1;
        if (next >= tokens.length) break;
        if (isSpaceGap(s, j, next) && !used[next] && info[next]!.isName && !gz.functionWords.has(tokens[next]!.key)) {
          j = next;
          continue;
        }
        if (isSpaceGap(s, j, next) && gz.connectors.has(tokens[next]!.key) && !used[next]) {
          // of / de / al… joins two capitalised parts; "of the" too.
          let k = next + 1;
          if (k < tokens.length && gz.connectors.has(tokens[k]!.key) && !info[k]!.isName && isSpaceGap(s, next, k)) k++;
          if (k < tokens.length && info[k]!.isName && isSpaceGap(s, k - 1, k)) {
            if (!used[k]) {
              j = k;
              continue;
            }
            // Bank of England, Gulf of Venezuela: a known place after an organisation or place word joins the name.
            const place = owner[k]?.first === k && owner[k]?.kind === 'place' ? owner[k] : undefined;
            const spanHasOrgWord = tokens.slice(i, j + 1).some((w) => (gz.orgWords.has(w.key) && !gz.companySuffixes.has(w.key)) || gz.placeWords.has(w.key));
            if (place !== undefined && spanHasOrgWord && !removed.has(place)) {
              removed.add(place);
              j = place.last;
              continue;
            }
          }
          break;
        }
        if (gap(s, j, next) === ' (' && info[next]!.isName && !used[next] && gap(s, next, next + 1) === ') ' && info[next + 1]?.isName === true && !used[next + 1]) {
          j = next + 1;
          continue;
        }
        break;
      }
      // French organisation names go on with adjectives: Union européenne, Conseil européen, Nations unies.
      if (lang === 'fr' && gz.orgWords.has(t.key)) {
        let k = j + 1;
        while (k < tokens.length && k <= j + 3 && !used[k] && isSpaceGap(s, k - 1, k) && /^\p{Ll}/u.test(tokens[k]!.text) && FR_ADJECTIVE.test(tokens[k]!.key)) k++;
        j = k - 1;
        // …and with a complement that ends in a name: Front de libération de l'Azawad.
        if (j === i) {
          let lowercase = 0;
          for (let m = j + 1; m < tokens.length && m <= j + 7; m++) {
            if (!isSpaceGap(s, m - 1, m) && !/^\s*['’]\s*$/u.test(gap(s, m - 1, m))) break;
            const w = tokens[m]!;
            if (gz.connectors.has(w.key) || w.key === 'l' || w.key === 'pour') continue;
            if (info[m]!.isName) {
              const place = owner[m]?.first === m && owner[m]?.kind === 'place' ? owner[m] : undefined;
              const afterConnector = gz.connectors.has(tokens[m - 1]!.key) || tokens[m - 1]!.key === 'l';
              if (lowercase > 0 && afterConnector && (!used[m] || place !== undefined)) {
                if (place !== undefined) removed.add(place);
                j = place?.last ?? m;
              }
              break;
            }
            if (!/^\p{Ll}/u.test(w.text) || ++lowercase > 3) break;
          }
        }
      }
      // A sentence-initial word counts only when the article capitalises it elsewhere, or a name follows.
      if (info[i]!.isInitial && i === j && !midCapitals.has(t.key) && !isUpperWord(t.text)) continue;
      segment(i, j);
      i = j;
    }

    function segment(i: number, j: number): void {
      // Split at titles inside the span (Treasury Secretary Scott Bessent, President (Donald) Trump).
      let k = i;
      let pendingTitle: string | undefined;
      let runStart = i;
      const flush = (a: number, b: number, title: string | undefined): void => {
        if (a > b) return;
        classify(a, b, title);
      };
      while (k <= j) {
        // "Bruno Le Maire": a title word after a capitalised particle that follows a name is a surname.
        const isSurname = k - 2 >= i && gz.connectors.has(tokens[k - 1]!.key) && isCapitalised(tokens[k - 1]!.text);
        const n = isSurname ? 0 : Math.max(titleStartingAt(tokens, k, titles), titleStartingAt(tokens, k, allTitles));
        if (n > 0) {
          flush(runStart, k - 1, pendingTitle);
          pendingTitle = keyWords(tokens, k, k + n - 1).join(' ');
          // "Députée du Finistère": the name after "title of" completes the title (classify reads it so).
          if (k + n <= j && gz.employerOfWords.has(tokens[k + n]!.key) && !gz.employerTitles.has(pendingTitle)) pendingTitle = undefined;
          k += n;
          runStart = k;
          continue;
        }
        k++;
      }
      flush(runStart, j, pendingTitle);
    }

    /** Whether token a follows "de", "du", "des", "d'", "of", with an article or not (de l'Industrie, of the Treasury). */
    function isAfterOf(a: number): boolean {
      let k = a - 1;
      if (k >= 0 && ARTICLES.has(tokens[k]!.key)) k--;
      return k >= 0 && gz.employerOfWords.has(tokens[k]!.key) || (k >= 0 && tokens[k]!.key === 'des');
    }

    /** The token of the noun before "de (l')" ahead of token a, if any. */
    function headBefore(a: number): number | undefined {
      let k = a - 1;
      if (k >= 0 && ARTICLES.has(tokens[k]!.key)) k--;
      return k >= 1 ? k - 1 : undefined;
    }

    /**
     * Whom a title found before a name (ending at token `k`, the name starting at `a`) is about: the name
     * itself, its employer ("analyst at Nordea", "chief executive of Baltica"), or another person named
     * in between ("Ms Solberg will lead Nordline").
     */
    function titleRole(found: string, k: number, a: number): 'own' | 'employer' | 'other' | 'complement' {
      for (let m = k + 1; m < a; m++) if (owner[m]?.kind === 'person') return 'other';
      const next = tokens[k + 1];
      if (next === undefined || k + 1 >= a) return 'own';
      let onlyLinks = true;
      for (let m = k + 2; m < a; m++) if (!gz.connectors.has(tokens[m]!.key) && !gz.functionWords.has(tokens[m]!.key)) onlyLinks = false;
      if (!onlyLinks) return 'own';
      if (gz.employerWords.has(next.key)) return 'employer';
      if (gz.employerOfWords.has(next.key) && gz.employerTitles.has(found)) return 'employer';
      // "député du Finistère", "maire de Brest", "governor of Texas": the name completes the title.
      if (gz.employerOfWords.has(next.key)) return 'complement';
      return 'own';
    }

    /** Whether the words right after or right before tokens a..b mark a company. */
    function hasCompanyCue(a: number, b: number): boolean {
      let after = b + 1;
      // A possessive: Baltica's shareholders.
      const possessive = tokens[after]?.key === 's' && /^['’]$/u.test(gap(s, b, after));
      if (possessive) after++;
      const next = tokens[after];
      if (next !== undefined && isSpaceGap(s, after - 1, after)) {
        const words = possessive ? gz.companyAfterPossessive : gz.companyAfter;
        if (words.has(next.key) || words.has(`${next.key} ${tokens[after + 1]?.key ?? ''}`)) return true;
      }
      let start = a;
      // "shares in the X": skip one article.
      if (start > 0 && gz.functionWords.has(tokens[start - 1]!.key) && ARTICLES.has(tokens[start - 1]!.key)) start--;
      for (const phrase of gz.companyBefore) {
        const at = start - phrase.length;
        if (at < 0) continue;
        let matches = true;
        for (let q = 0; q < phrase.length && matches; q++) matches = tokens[at + q]!.key === phrase[q];
        if (matches) return true;
      }
      return false;
    }

    function classify(a: number, b: number, titleInSpan: string | undefined): void {
      // Trim connectors, function words and (outside organisation names) nationalities at the edges.
      const hasOrgWord = keyWords(tokens, a, b).some((w) => gz.orgWords.has(w));
      const isNationality = (k: number): boolean =>
        gz.demonyms.has(tokens[k]!.key) || (isDemonym(gz, tokens[k]!.key) && !(lang === 'fr' && isCapitalised(tokens[k]!.text)));
      const isEdgeAt = (k: number): boolean => gz.connectors.has(tokens[k]!.key) || gz.functionWords.has(tokens[k]!.key) || (!hasOrgWord && isNationality(k));
      while (a < b && isEdgeAt(a)) a++;
      while (b > a && isEdgeAt(b)) b--;
      // A portfolio after "ministre de l'", "ministère de la", "secretary of" is not a name: "ministre de
      // l'Industrie Hélène Vasseur" names Hélène Vasseur; "ministère de la Santé" is the ministry.
      const portfolioHead = isAfterOf(a) && gz.portfolios.has(tokens[a]!.key) ? headBefore(a) : undefined;
      if (portfolioHead !== undefined && MINISTER_WORDS.has(tokens[portfolioHead]!.key)) {
        const head = portfolioHead;
        if ((tokens[head]!.key === 'ministere' || tokens[head]!.key === 'ministry') && !isCapitalised(tokens[head]!.text)) {
          push(head, a, 'organisation', STRENGTH.orgWord);
        }
        if (a === b) return;
        a++;
      }
      if (gz.connectors.has(tokens[a]!.key) || gz.functionWords.has(tokens[a]!.key) || gz.eventWords.has(tokens[a]!.key)) return;
      const single = a === b;
      const t = tokens[a]!;
      if (single) {
        if (isNationality(a) || gz.notNames.has(t.key) || gz.calendarWords.has(t.key) || gz.functionWords.has(t.key)) return;
        if (t.key.split('-').every((p) => gz.numberWords.has(p))) return;
        if (!isUpperWord(t.text) && isCommonWord(t.key)) return;
        if (isUpperWord(t.text) && t.text.replace(/[^\p{L}]/gu, '').length <= 1) return;
        // French nationality nouns: les Soudanais, des Européens.
        if (lang === 'fr' && /(?:ais|aises|ois|oises|iens|iennes|éens|éennes|eens|ains|aines)$/u.test(t.key) && a > 0 && ['les', 'des', 'aux', 'tous'].includes(tokens[a - 1]!.key)) return;
        if (/^[IVXLC]+$/.test(t.text)) return;
      }
      const end = info[b]!.cut === undefined ? undefined : tokens[b]!.start + info[b]!.cut!;
      const spanWords = keyWords(tokens, a, b);
      // What comes before: a title, an organisation noun, a place noun or preposition.
      let title = titleInSpan;
      let intro: EntityKind | undefined;
      // A title stands close before the name: at most three plain words between ("le président
      // vénézuélien Nicolas Maduro"), names not counted ("le président du Conseil européen Donald Tusk").
      let plain = 0;
      for (let k = a - 1; k >= Math.max(0, a - 7); k--) {
        const g = gap(s, k, k + 1);
        if (/[.;:«»"“”()!?]/u.test(g)) break;
        if (owner[k] === undefined && k < a - 1) plain++;
        if (plain > 3) break;
        if (title === undefined && intro === undefined) {
          const found = titleEndingAt(tokens, k, titles, s.text) ?? titleEndingAt(tokens, k, allTitles, s.text);
          if (found !== undefined) {
            const role = titleRole(found, k, a);
            if (role === 'employer') intro = 'organisation';
            else if (role === 'complement') intro = 'place';
            else if (role === 'own') title = found;
          }
        }
        if (intro === undefined && k >= a - 3) {
          if (gz.orgIntros.has(tokens[k]!.key)) intro = 'organisation';
          else if (gz.placeIntros.has(tokens[k]!.key) && (k >= a - 2 || (OF_WORDS.has(tokens[a - 1]!.key) && /^\p{Ll}/u.test(tokens[a - 2]!.text)))) intro = 'place';
        }
      }
      // "l'administration Obama", "the Biden administration": a one-word name beside a leader's team is its head.
      if (intro === undefined && title === undefined && a === b) {
        const before = tokens[a - 1];
        const after = tokens[b + 1];
        const isBefore = lang === 'fr' && before !== undefined && isSpaceGap(s, a - 1, a) && gz.leaderNouns.has(before.key) && !isCapitalised(before.text);
        const isAfter = lang === 'en' && after !== undefined && isSpaceGap(s, b, b + 1) && gz.leaderNouns.has(after.key) && !isCapitalised(after.text);
        if (isBefore || isAfter) intro = 'person';
      }
      // Company cues around the name: "Baltica investors", "Baltica's shares", "shares in Baltica".
      const isCompany = title === undefined && intro !== 'organisation' && hasCompanyCue(a, b);
      if (isCompany) intro = 'organisation';
      const before = a > 0 ? tokens[a - 1]! : undefined;
      if (intro === undefined && before !== undefined && a === b && (isSpaceGap(s, a - 1, a) || isApostropheGap(s, a - 1, a))) {
        // "in Souss", "à Arques", "in the Souss", "dans l'Audomarois".
        const isArticle = ARTICLES.has(before.key);
        const prep = isArticle && a >= 2 && (isSpaceGap(s, a - 2, a - 1) || isApostropheGap(s, a - 2, a - 1)) ? tokens[a - 2]! : before;
        const low = prep.text.toLowerCase();
        if (isArticle || isSpaceGap(s, a - 1, a)) {
          if ((lang === 'fr' && (low === 'à' || (isArticle && low === 'dans'))) || (lang === 'en' && ['in', 'at', 'near', 'across', 'throughout'].includes(low))) intro = 'place';
        }
      }
      if (intro === undefined && a === b && title === undefined) {
        // "the Escondida mine", "from Andøya in Norway": a one-word name before a place noun, or inside a known place.
        const next = tokens[b + 1];
        if (next !== undefined && isSpaceGap(s, b, b + 1) && !isCapitalised(next.text) && (gz.placeAfter.has(next.key) || gz.placeAfter.has(`${next.key} ${tokens[b + 2]?.key ?? ''}`))) intro = 'place';
        const inside = tokens[b + 2];
        if (
          next !== undefined && inside !== undefined && (next.key === 'in' || next.key === 'en') && isSpaceGap(s, b, b + 1) &&
          owner[b + 2]?.first === b + 2 && owner[b + 2]!.kind === 'place' && owner[b + 2]!.strength === STRENGTH.gazetteer &&
          before !== undefined && FROM_WORDS.has(before.key)
        ) intro = 'place';
      }
      // "Toledo, Ohio": a one-word name, a comma, then a known place closing the phrase.
      if (intro === undefined && a === b && title === undefined && /^\s*,\s*$/u.test(gap(s, b, b + 1))) {
        const region = owner[b + 1];
        const after = region === undefined ? '' : gap(s, region.last, region.last + 1);
        if (
          region !== undefined && region.first === b + 1 && region.kind === 'place' && region.strength === STRENGTH.gazetteer &&
          (region.last + 1 >= tokens.length || /[,.;)]/u.test(after) || ['and', 'et'].includes(tokens[region.last + 1]!.key))
        ) intro = 'place';
      }
      // A dateline opening the story: "LONDON, Aug 14", "HÉRAT (Afghanistan) —", "LE HAVRE —".
      if (si < 3 && isDateline(s.text, tokens, a, b)) intro = 'place';
      // What comes after: "David Frost, Director General of…".
      if (title === undefined && b + 2 < tokens.length && /^\s*,\s*$/.test(gap(s, b, b + 1))) {
        const n = Math.max(titleStartingAt(tokens, b + 1, titles), titleStartingAt(tokens, b + 1, allTitles));
        if (n > 0 && spanWords.length >= 2) title = keyWords(tokens, b + 1, b + n).join(' ');
      }
      let kind: EntityKind;
      let strength: number;
      if (spanWords.some((w) => gz.orgWords.has(w))) {
        kind = 'organisation';
        strength = STRENGTH.orgWord;
      } else if (spanWords.some((w) => gz.placeWords.has(w))) {
        kind = 'place';
        strength = STRENGTH.orgWord;
      } else if (title !== undefined) {
        kind = 'person';
        strength = STRENGTH.title;
      } else if (intro !== undefined) {
        kind = intro;
        strength = isCompany ? STRENGTH.company : STRENGTH.intro;
      } else if (spanWords.length >= 2 && gz.givenNames.has(spanWords[0]!)) {
        kind = 'person';
        strength = STRENGTH.givenName;
      } else if (single && isUpperWord(t.text)) {
        kind = 'organisation';
        strength = STRENGTH.intro;
      } else if (spanWords.length >= 2 && tokens.slice(a, b + 1).every((w) => isUpperWord(w.text) && w.text.length >= 2)) {
        kind = 'organisation';
        strength = STRENGTH.intro;
      } else if (spanWords.length >= 2 && spanWords.length <= 4) {
        kind = 'person';
        strength = STRENGTH.shape;
      } else {
        kind = 'organisation';
        strength = 0;
      }
      // In a byline or credit line only known places count ("in London"), not the reporters' names.
      if (s.isCredit) return;
      const m = push(a, b, kind, strength, undefined, end, title === undefined || kind !== 'person' ? NO_TITLES : [title]);
      // Aliases: "Mohammed Hamdan Daglo, dit « Hemetti »", "known as X".
      for (const intro of gz.aliasIntros) {
        const n = intro.length;
        const at = a - n;
        if (at < 1) continue;
        if (!intro.every((w, k) => tokens[at + k]!.key === w)) continue;
        const candidate = owner[at - 1];
        const previous = candidate !== undefined && candidate.last === at - 1 && candidate !== m && !removed.has(candidate) ? candidate : undefined;
        if (previous !== undefined && previous.kind === 'person') aliasLinks.push([previous.key, m.key]);
      }
    }

    // D. French institutions written in lowercase before a place: "tribunal correctionnel de Marseille",
    // "université Le Havre Normandie", "conseil régional de Bretagne". The place stays a place too.
    if (lang === 'fr') {
      for (const m of [...sentenceMentions]) {
        if (removed.has(m) || m.kind !== 'place') continue;
        let k = m.first - 1;
        if (k >= 0 && ARTICLES.has(tokens[k]!.key) && tokens[k]!.key !== 'les') k--;
        if (k >= 0 && (gz.employerOfWords.has(tokens[k]!.key) || tokens[k]!.key === 'des')) k--;
        let adjectives = 0;
        while (k >= 0 && adjectives < 2 && !gz.lowercaseOrgHeads.has(tokens[k]!.key) && /^\p{Ll}/u.test(tokens[k]!.text) && FR_ADJECTIVE.test(tokens[k]!.key)) {
          k--;
          adjectives++;
        }
        if (k < 0 || !gz.lowercaseOrgHeads.has(tokens[k]!.key) || isCapitalised(tokens[k]!.text)) continue;
        let joined = true;
        for (let q = k; q < m.first; q++) if (!isSpaceGap(s, q, q + 1) && !isApostropheGap(s, q, q + 1)) joined = false;
        if (!joined) continue;
        let last = m.last;
        for (let next = owner[last + 1]; next !== undefined && next.first === last + 1 && next.kind === 'place' && isSpaceGap(s, last, last + 1); next = owner[last + 1]) last = next.last;
        const covered = sentenceMentions.filter((x) => x.first >= m.first && x.last <= last);
        push(k, last, 'organisation', STRENGTH.orgWord);
        // The places inside keep their own mentions.
        for (const x of covered) for (let q = x.first; q <= x.last; q++) owner[q] = x;
      }
    }

    const kept = removed.size === 0 ? sentenceMentions : sentenceMentions.filter((m) => !removed.has(m));
    if (kept.length > 1) sortSmall(kept, (x, y) => x.start - y.start);
    for (const m of kept) mentions.push(m);
  }
}

const NO_SPANS: readonly EntitySpan[] = Object.freeze([]);

/**
 * The sentences of a group's mentions, without repeats (the headline's left out). Mentions are kept in
 * sentence order (the scanner reads sentences in order, the headline's come last), so repeats are neighbours.
 */
function sentencesOf(mentions: readonly Mention[]): number[] {
  const out: number[] = [];
  for (const m of mentions) if (m.sentence !== TITLE_SENTENCE && out[out.length - 1] !== m.sentence) out.push(m.sentence);
  return out;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = this.parent.get(node) ?? root;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

function merge(
  mentions: readonly Mention[],
  aliasLinks: readonly (readonly [string, string])[],
  acronymLinks: readonly (readonly [string, string])[],
  gz: Gazetteer,
  sentenceCount: number,
): EntityResult {
  const uf = new UnionFind();
  for (const [a, b] of acronymLinks) uf.union(a, b);
  for (const [a, b] of aliasLinks) uf.union(a, b);

  // The best kind per key, before merging by names.
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byKey.get(m.key);
    if (list === undefined) byKey.set(m.key, [m]);
    else list.push(m);
  }
  const best = (list: readonly Mention[]): Mention => list.reduce((x, y) => (y.strength > x.strength ? y : x));

  // Surnames: a one-word (or shorter) mention that ends a longer person's name (Maduro → Nicolas Maduro).
  const persons = [...byKey.values()].map(best).filter((m) => m.kind === 'person' && m.words.length >= 2);
  const bySurname = new Map<string, Set<string>>();
  for (const p of persons) {
    const last = surnameKey(p.words[p.words.length - 1]!);
    const set = bySurname.get(last) ?? new Set<string>();
    set.add(p.key);
    bySurname.set(last, set);
  }
  for (const [key, list] of byKey) {
    const m = best(list);
    if (m.key.startsWith('#g') && m.strength === STRENGTH.gazetteer) continue;
    const last = surnameKey(m.words[m.words.length - 1]!);
    const owners = bySurname.get(last);
    if (owners === undefined) continue;
    const others = [...owners].filter((o) => o !== key && byKey.get(o)![0]!.words.length > m.words.length);
    const roots = new Set(others.map((o) => uf.find(o)));
    if (roots.size === 1 && (m.words.length === 1 || m.kind === 'person')) uf.union(others[0]!, key);
  }

  // Acronyms written without their expansion in parentheses: OFAC = Office of Foreign Assets Control.
  const orgs = [...byKey.values()].map(best).filter((m) => m.kind === 'organisation' && m.words.length >= 2);
  const byInitials = new Map<string, Set<string>>();
  for (const o of orgs) {
    const initials = o.words
      .filter((w) => !gz.connectors.has(w) && !gz.functionWords.has(w) && /^\p{L}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (initials.length < 2) continue;
    const set = byInitials.get(initials) ?? new Set<string>();
    set.add(o.key);
    byInitials.set(initials, set);
  }
  // First words: "Baltica" = Baltica Lines, "Nordline" = Nordline Group, when one organisation alone starts so;
  // a name typed a person by its shape alone joins too, so "Vestland shareholders" makes Vestland Ferries a company.
  const shapeOnly = (m: Mention): boolean => m.kind === 'person' && m.strength <= STRENGTH.shape;
  const firstOwners = [...byKey.values()].map(best).filter((m) => m.words.length >= 2 && (m.kind === 'organisation' || shapeOnly(m)));
  const byFirst = new Map<string, Set<string>>();
  for (const o of firstOwners) {
    const set = byFirst.get(o.words[0]!) ?? new Set<string>();
    set.add(o.key);
    byFirst.set(o.words[0]!, set);
  }
  for (const [key, list] of byKey) {
    const m = best(list);
    if (m.words.length !== 1 || isUpperWord(m.text) || gz.givenNames.has(m.words[0]!)) continue;
    if (m.key.startsWith('#g') || m.kind === 'place' || (m.kind === 'person' && m.strength >= STRENGTH.title)) continue;
    const owners = byFirst.get(m.words[0]!);
    if (owners === undefined) continue;
    if (m.kind !== 'organisation' && [...owners].some((o) => shapeOnly(best(byKey.get(o)!)))) continue;
    const roots = new Set([...owners].filter((o) => o !== key).map((o) => uf.find(o)));
    if (roots.size === 1) uf.union([...owners].find((o) => o !== key)!, key);
  }
  // Head words: "the Bank" = Bank of England when only one organisation has that word.
  const byHead = new Map<string, Set<string>>();
  for (const o of orgs) {
    for (const w of o.words) {
      if (!gz.orgWords.has(w)) continue;
      const set = byHead.get(w) ?? new Set<string>();
      set.add(o.key);
      byHead.set(w, set);
    }
  }
  for (const [key, list] of byKey) {
    const m = best(list);
    if (m.words.length !== 1) continue;
    const word = m.words[0]!;
    const upper = isUpperWord(m.text);
    const owners = upper ? byInitials.get(word.replace(/[^\p{L}]/gu, '')) : gz.orgWords.has(word) ? byHead.get(word) : undefined;
    if (owners === undefined || (m.key.startsWith('#g') && m.strength === STRENGTH.gazetteer)) continue;
    const roots = new Set([...owners].filter((o) => o !== key).map((o) => uf.find(o)));
    if (roots.size === 1) uf.union([...owners].find((o) => o !== key)!, key);
  }

  // Gather groups.
  interface Group {
    mentions: Mention[];
  }
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const root = uf.find(m.key);
    const g = groups.get(root) ?? { mentions: [] };
    g.mentions.push(m);
    groups.set(root, g);
  }
  // Title-only entities come last; an entity's place is its first mention in the body.
  const firstOf = (g: Group): number => (g.mentions[0]!.sentence === TITLE_SENTENCE ? Infinity : g.mentions[0]!.sentence);
  const ordered = [...groups.values()]
    .filter((g) => g.mentions.some((m) => !m.isCredit || m.kind !== 'person'))
    .sort((x, y) => firstOf(x) - firstOf(y) || x.mentions[0]!.start - y.mentions[0]!.start);

  const entities: Entity[] = [];
  const titles: string[][] = [];
  // Most sentences name nothing: their lists are made only when a mention comes, the rest share one empty list.
  const spans: EntitySpan[][] = new Array<EntitySpan[]>(sentenceCount);
  ordered.forEach((g, index) => {
    const strongest = best(g.mentions);
    const kind = strongest.kind;
    const name = g.mentions.reduce((x, y) => {
      if (y.words.length !== x.words.length) return y.words.length > x.words.length ? y : x;
      const xu = isUpperWord(x.text);
      const yu = isUpperWord(y.text);
      if (xu !== yu) return xu ? y : x;
      return y.text.length > x.text.length ? y : x;
    }).text;
    const mentionsOf = sentencesOf(g.mentions);
    entities.push({ name, kind, mentions: mentionsOf });
    const groupTitles = new Set<string>();
    for (const m of g.mentions) for (const t of m.titles) groupTitles.add(t);
    titles.push([...groupTitles]);
    for (const m of g.mentions) {
      if (m.sentence === TITLE_SENTENCE) continue;
      (spans[m.sentence] ??= []).push({ entity: index, first: m.first, last: m.last, start: m.start, end: m.end });
    }
  });
  for (let i = 0; i < spans.length; i++) {
    const list = spans[i];
    if (list === undefined) spans[i] = NO_SPANS as EntitySpan[];
    else if (list.length > 1) sortSmall(list, (a, b) => a.start - b.start);
  }
  return { entities, spans, titles };
}
