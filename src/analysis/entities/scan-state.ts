// The state of an entity scan: what it keeps for the whole article (mentions, merge links, the words
// capitalised mid-sentence) and, per sentence, which tokens the passes have given to which mention.
import type { Lang } from '../../article/article';
import type { EntityKind } from '../analysis';
import type { Gazetteer } from '../gazetteer';
import { sortSmall } from '../small-sort';
import { gazetteerRoles, type RoleIndex } from '../role-index';
import type { Token } from '../tokenize';
import { wordInfos, type WordInfo } from './word-shape';
import { NO_ROLES, type Mention, type MergeLink, type SentenceTokens } from './types';

/** The folded words of tokens first…last. */
export function keyWords(tokens: readonly Token[], first: number, last: number): string[] {
  const out: string[] = [];
  for (let i = first; i <= last; i++) out.push(tokens[i]!.key);
  return out;
}

/** A mention's folded words, and them joined with spaces (shared between mentions). */
interface SharedWords {
  readonly words: readonly string[];
  readonly joined: string;
}

/** What an entity scan keeps for the whole article. */
export class ArticleScan {
  /** Role indexes of the article's language. */
  readonly roles: RoleIndex;
  /** Role indexes of both languages. */
  readonly allRoles: RoleIndex;
  /** Capitalised words seen where a capital means a name (not at a sentence or quotation start). */
  readonly midCapitals = new Set<string>();
  /** The mentions found so far, sentence by sentence. */
  readonly mentions: Mention[] = [];
  /** Person names and their aliases ("Daglo, dit « Hemetti »"). */
  readonly aliasLinks: MergeLink[] = [];
  /** Expansions and their acronyms ("Forces de soutien rapide (FSR)"). */
  readonly acronymLinks: MergeLink[] = [];
  // Mentions live as long as the article: the texts, keys and word lists they repeat are shared, so a long
  // article keeps one copy of each instead of one per mention (fewer objects for the garbage collector).
  private readonly mentionTexts = new Map<string, string>();
  private readonly wordLists = new Map<string, SharedWords>();

  constructor(
    /** The article's language. */
    readonly lang: Lang,
    /** Whether a folded word is a lexicon word (Hyperinflation) rather than a name. */
    readonly isCommonWord: (key: string) => boolean,
    /** The known names and word lists. */
    readonly gz: Gazetteer,
  ) {
    const indexed = gazetteerRoles(gz);
    this.roles = indexed[lang];
    this.allRoles = indexed.all;
  }

  /** One shared copy of a mention's text. */
  sharedText(text: string): string {
    const known = this.mentionTexts.get(text);
    if (known !== undefined) return known;
    this.mentionTexts.set(text, text);
    return text;
  }

  /** The folded words of tokens first…last and them joined with spaces, shared. */
  sharedWords(tokens: readonly Token[], first: number, last: number): SharedWords {
    let joined = tokens[first]!.key;
    for (let i = first + 1; i <= last; i++) joined += ` ${tokens[i]!.key}`;
    let entry = this.wordLists.get(joined);
    if (entry === undefined) {
      entry = { words: keyWords(tokens, first, last), joined };
      this.wordLists.set(joined, entry);
    }
    return entry;
  }
}

/** One sentence being scanned: its word shapes and, per token, the mention it belongs to. */
export class SentenceScan {
  /** The sentence's tokens. */
  readonly tokens: readonly Token[];
  /** Their word shapes. */
  readonly info: readonly WordInfo[];
  /** Per token, whether a mention took it. */
  readonly used: boolean[];
  /** The mention each token belongs to: constant-time lookups keep long sentences linear. */
  readonly owner: (Mention | undefined)[];
  /** Mentions a longer name swallowed (Bank of England takes England). */
  readonly removed = new Set<Mention>();
  /** The sentence's mentions, in the order the passes found them. */
  readonly mentions: Mention[] = [];

  constructor(
    /** The article's scan. */
    readonly article: ArticleScan,
    /** The sentence. */
    readonly sentence: SentenceTokens,
    /** Its index, or TITLE_SENTENCE. */
    readonly index: number,
  ) {
    this.tokens = sentence.tokens;
    this.info = wordInfos(sentence);
    this.used = new Array<boolean>(this.tokens.length).fill(false);
    this.owner = new Array<Mention | undefined>(this.tokens.length).fill(undefined);
  }

  /** The mention that starts at token k, if one does. */
  mentionAt(k: number): Mention | undefined {
    const m = this.owner[k];
    return m?.first === k ? m : undefined;
  }

  /** Records a mention of tokens first…last (to offset `end` if it ends inside the last token). */
  push(first: number, last: number, kind: EntityKind, strength: number, key?: string, end?: number, roles: readonly string[] = NO_ROLES): Mention {
    const { tokens, sentence: s } = this;
    let start = tokens[first]!.start;
    const stop = end ?? tokens[last]!.end;
    // "(Donald) Trump": the opening parenthesis belongs to the name.
    if (s.text[start - 1] === '(' && s.text.slice(start, stop).includes(')')) start--;
    const { words, joined } = this.article.sharedWords(tokens, first, last);
    const m: Mention = {
      sentence: this.index,
      first,
      last,
      start,
      end: stop,
      // A one-word mention is its token's text (no new string to make and hash).
      text: this.article.sharedText(first === last && start === tokens[first]!.start && stop === tokens[first]!.end ? tokens[first]!.text : s.text.slice(start, stop)),
      key: key ?? joined,
      words,
      kind,
      strength,
      roles,
      isCredit: s.isCredit,
    };
    for (let k = first; k <= last; k++) {
      this.used[k] = true;
      this.owner[k] = m;
    }
    this.mentions.push(m);
    return m;
  }

  /** The mentions kept (not swallowed), in text order. */
  kept(): Mention[] {
    const kept = this.removed.size === 0 ? this.mentions : this.mentions.filter((m) => !this.removed.has(m));
    if (kept.length > 1) sortSmall(kept, (x, y) => x.start - y.start);
    return kept;
  }
}
