// The gazetteer: known names and word lists, folded and indexed for lookups, loaded on first use from
// gazetteer-index.json (what gazetteer-build.ts makes of gazetteer.json and number-date-words.json).
import type { Lang } from '../article/article';
import type { EntityKind } from './analysis';
import { gazetteerFromIndex } from './gazetteer-index';
import gazetteerIndexJson from './gazetteer-index.json';

/** A known name: which group of variants it belongs to and what it is. */
export interface KnownName {
  /** Same id for every variant of one name (Russie = Russia). */
  readonly group: number;
  /** Place or organisation. */
  readonly kind: EntityKind;
  /** Whether the variant is written in capitals only (US, UN): the article must write it so too. */
  readonly isUpperCase: boolean;
  /** Whether the variant starts with a capital (its match must too). */
  readonly isCapitalised: boolean;
}

/** Folded word lists and lookups for entity, figure and date extraction. */
export interface Gazetteer {
  /** Known places and organisations by folded token keys joined with spaces. */
  readonly names: ReadonlyMap<string, KnownName>;
  /** The longest known name, in tokens. */
  readonly longestName: number;
  /** Words that make a name an organisation (bank, union, ministère…). */
  readonly orgWords: ReadonlySet<string>;
  /** Words that make a name a place (gulf, mer…). */
  readonly placeWords: ReadonlySet<string>;
  /** Nouns that introduce a place name (camp, ville…). */
  readonly placeIntros: ReadonlySet<string>;
  /** Nouns that introduce an organisation name (firm, chaîne…). */
  readonly orgIntros: ReadonlySet<string>;
  /** Person titles by language, each as folded words. */
  readonly titles: Readonly<Record<Lang, readonly (readonly string[])[]>>;
  /** Longest title, in words. */
  readonly longestTitle: number;
  /** Common given names. */
  readonly givenNames: ReadonlySet<string>;
  /** Nationality words (adjectives and nouns), which are not names on their own. */
  readonly demonyms: ReadonlySet<string>;
  /** Words that never start or end a name. */
  readonly functionWords: ReadonlySet<string>;
  /** Capitalised words that are not names (État, Christmas…). */
  readonly notNames: ReadonlySet<string>;
  /** Words that make a capitalised span a named event, not an entity (Storm Ciarán, Opération Barkhane). */
  readonly eventWords: ReadonlySet<string>;
  /** Nouns for a leader's team named after its head (l'administration Obama, the Biden administration): the name is a person. */
  readonly leaderNouns: ReadonlySet<string>;
  /** Words that may join the parts of a name (of, de, al…). */
  readonly connectors: ReadonlySet<string>;
  /** Phrases that introduce another name for the same person (dit, known as). */
  readonly aliasIntros: readonly (readonly string[])[];
  /** Verbs of saying, per language. */
  readonly speechVerbs: Readonly<Record<Lang, ReadonlySet<string>>>;
  /** Subject pronouns, per language. */
  readonly pronouns: Readonly<Record<Lang, ReadonlySet<string>>>;
  /** Month and weekday names (folded, both languages), which are not names. */
  readonly calendarWords: ReadonlySet<string>;
  /** Number words (folded, both languages), which are not names. */
  readonly numberWords: ReadonlySet<string>;
  /** One-word place names (folded), for telling nationality words derived from them (Angolan, Congolese). */
  readonly placeWordsSingle: ReadonlySet<string>;
  /** Words right after a name that mark a company (shareholders, shares, chief…). */
  readonly companyAfter: ReadonlySet<string>;
  /** Words after a possessive that mark a company (Baltica's shareholders). */
  readonly companyAfterPossessive: ReadonlySet<string>;
  /** Phrases right before a name that mark a company (shares in, fusion avec…), each as folded words. */
  readonly companyBefore: readonly (readonly string[])[];
  /** Legal forms and company-name endings (Ltd, SA, Lines, Group): "Baltica Lines of Sweden" is a company and a country. */
  readonly companySuffixes: ReadonlySet<string>;
  /** Titles whose "of X" / "at X" names an employer (chief executive of Baltica, analyst at Nordea). */
  readonly employerTitles: ReadonlySet<string>;
  /** Prepositions after any title that introduce an employer (at, chez). */
  readonly employerWords: ReadonlySet<string>;
  /** Prepositions after an employer title that introduce the employer (of, de). */
  readonly employerOfWords: ReadonlySet<string>;
  /** Ministers' portfolios (Intérieur, Treasury): after "ministre de l'", "secretary of" they are not names of their own. */
  readonly portfolios: ReadonlySet<string>;
  /** Lowercase French institution nouns that, with a name after them, make an organisation (tribunal correctionnel de Marseille). */
  readonly lowercaseOrgHeads: ReadonlySet<string>;
  /** Words right after a one-word name that make it a place (the Escondida mine, Rakhine state). */
  readonly placeAfter: ReadonlySet<string>;
}

// Nationality endings, longest first: Congol-ese, Angol-an, Pakistan-i, sénégal-ais, mali-en(ne).
const DEMONYM_ENDINGS = ['iennes', 'ennes', 'aises', 'oises', 'ienne', 'iens', 'enne', 'ains', 'aine', 'aise', 'oise', 'ians', 'ese', 'ian', 'ans', 'ais', 'ois', 'ien', 'ens', 'ain', 'an', 'en', 'is', 'i'];

/**
 * Whether a folded word is a nationality word: listed, or a known one-word place plus a nationality
 * ending (Angolan ← Angola, Congolese ← Congo, Malien ← Mali, Pakistani ← Pakistan). Constant time.
 */
export function isDemonym(gz: Gazetteer, key: string): boolean {
  if (gz.demonyms.has(key)) return true;
  if (gz.placeWordsSingle.has(key)) return false;
  for (const ending of DEMONYM_ENDINGS) {
    if (!key.endsWith(ending)) continue;
    const stem = key.slice(0, -ending.length);
    if (stem.length < 4) continue;
    const places = gz.placeWordsSingle;
    if (places.has(stem) || places.has(stem.slice(0, -1)) || places.has(`${stem}a`) || places.has(`${stem}e`) || places.has(`${stem}o`) || places.has(`${stem}i`)) return true;
  }
  return false;
}

/** Every field of Gazetteer (the compiler checks that none is missing). */
const GAZETTEER_FIELDS = Object.keys({
  names: true, longestName: true, orgWords: true, placeWords: true, placeIntros: true, orgIntros: true, titles: true,
  longestTitle: true, givenNames: true, demonyms: true, functionWords: true, notNames: true, eventWords: true,
  leaderNouns: true, connectors: true, aliasIntros: true, speechVerbs: true, pronouns: true, calendarWords: true, numberWords: true,
  placeWordsSingle: true, companyAfter: true, companyAfterPossessive: true, companyBefore: true, companySuffixes: true,
  employerTitles: true, employerWords: true, employerOfWords: true, portfolios: true, lowercaseOrgHeads: true, placeAfter: true,
} satisfies Record<keyof Gazetteer, true>) as (keyof Gazetteer)[];

/**
 * A gazetteer loaded on first use from gazetteer-index.json (buildGazetteer's result, saved by `npm run gazetteer`): reading any field loads it, then every field becomes a plain data
 * property of the object (shadowing the getters), so hot loops read fields as before. A deck that is
 * not an article never pays for it.
 */
function lazyGazetteer(): Gazetteer {
  const proto: Record<string, unknown> = {};
  const lazy = Object.create(proto) as Record<string, unknown>;
  const materialise = (): Gazetteer => {
    const built = gazetteerFromIndex(gazetteerIndexJson);
    for (const field of GAZETTEER_FIELDS) Object.defineProperty(lazy, field, { value: built[field], enumerable: true, writable: true, configurable: true });
    return built;
  };
  for (const field of GAZETTEER_FIELDS) Object.defineProperty(proto, field, { get: () => materialise()[field], enumerable: true, configurable: false });
  return lazy as unknown as Gazetteer;
}

/** The gazetteer, built once, on first use. */
export const GAZETTEER: Gazetteer = lazyGazetteer();
