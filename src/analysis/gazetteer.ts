// The gazetteers of gazetteer.json and number-date-words.json, folded and indexed once for lookups.
import type { Lang } from '../article/article';
import type { EntityKind } from './analysis';
import { fold } from './fold';
import { tokenize } from './tokenize';
import gazetteerJson from './gazetteer.json';
import numberDateJson from './number-date-words.json';

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

/** Folded token keys of a phrase, joined by spaces (the form names are indexed by). */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.key)
    .join(' ');
}

function foldedSet(words: readonly string[]): Set<string> {
  return new Set(words.map(fold));
}

/** "Saint Petersburg" is also written "St Petersburg" (and "St. Petersburg"); Mount → Mt, Fort → Ft. */
function abbreviated(variant: string): string[] {
  const m = /^(Saint|Mount|Fort) (?=\p{Lu})/u.exec(variant);
  if (m === null) return [];
  const short = m[1] === 'Saint' ? 'St' : m[1] === 'Mount' ? 'Mt' : 'Ft';
  return [short + variant.slice(m[1]!.length)];
}

/** Builds the gazetteer from the JSON lists (about 20 ms: thousands of names tokenized and folded). */
export function buildGazetteer(): Gazetteer {
  const names = new Map<string, KnownName>();
  let longestName = 1;
  let group = 0;
  const add = (variants: readonly string[], kind: EntityKind): void => {
    for (const variant of [...variants, ...variants.flatMap(abbreviated)]) {
      const tokens = tokenize(variant);
      const first = tokens[0];
      if (first === undefined) continue;
      const key = tokens.map((t) => t.key).join(' ');
      if (names.has(key)) continue;
      const letters = variant.replace(/[^\p{L}]/gu, '');
      names.set(key, {
        group,
        kind,
        isUpperCase: letters.length > 0 && letters === letters.toUpperCase(),
        isCapitalised: /^\p{Lu}/u.test(first.text),
      });
      longestName = Math.max(longestName, tokens.length);
    }
    group++;
  };
  for (const variants of gazetteerJson.places) add(variants, 'place');
  for (const variants of gazetteerJson.organisations) add(variants, 'organisation');
  const titleWords = (list: readonly string[]): string[][] => list.map((t) => phraseKey(t).split(' '));
  const titles = { fr: titleWords(gazetteerJson.titles.fr), en: titleWords(gazetteerJson.titles.en) };
  const longestTitle = Math.max(...titles.fr.map((t) => t.length), ...titles.en.map((t) => t.length));
  const nd = numberDateJson;
  return {
    names,
    longestName,
    orgWords: foldedSet(gazetteerJson.orgWords),
    placeWords: foldedSet(gazetteerJson.placeWords),
    placeIntros: foldedSet(gazetteerJson.placeIntros),
    orgIntros: foldedSet(gazetteerJson.orgIntros),
    titles,
    longestTitle,
    givenNames: foldedSet(gazetteerJson.givenNames),
    demonyms: foldedSet(gazetteerJson.demonyms),
    functionWords: foldedSet(gazetteerJson.functionWords),
    notNames: foldedSet(gazetteerJson.notNames),
    eventWords: foldedSet(gazetteerJson.eventWords),
    connectors: foldedSet(gazetteerJson.connectors),
    aliasIntros: gazetteerJson.aliasIntros.map((a) => phraseKey(a).split(' ')),
    speechVerbs: { fr: foldedSet(gazetteerJson.speechVerbs.fr), en: foldedSet(gazetteerJson.speechVerbs.en) },
    pronouns: { fr: foldedSet(gazetteerJson.pronouns.fr), en: foldedSet(gazetteerJson.pronouns.en) },
    calendarWords: foldedSet([...nd.weekdays.fr, ...nd.weekdays.en, ...nd.months.fr, ...nd.months.en].map((w) => w.replace(/\.$/, ''))),
    numberWords: foldedSet([...nd.numbers.fr, ...nd.numbers.en, ...nd.weakNumbers.fr, ...nd.weakNumbers.en, ...nd.ordinals.fr, ...nd.ordinals.en]),
    placeWordsSingle: new Set([...names].filter(([key, n]) => n.kind === 'place' && !key.includes(' ')).map(([key]) => key)),
    companyAfter: new Set(gazetteerJson.companyCues.after.map(phraseKey)),
    companyAfterPossessive: new Set(gazetteerJson.companyCues.afterPossessive.map(phraseKey)),
    companyBefore: gazetteerJson.companyCues.before.map((p) => phraseKey(p).split(' ')),
    companySuffixes: foldedSet(gazetteerJson.companyCues.suffixes),
    employerTitles: new Set(gazetteerJson.companyCues.employerTitles.map(phraseKey)),
    employerWords: foldedSet(gazetteerJson.companyCues.employerWords),
    employerOfWords: foldedSet(gazetteerJson.companyCues.employerOfWords),
    portfolios: foldedSet(gazetteerJson.portfolios),
    lowercaseOrgHeads: foldedSet(gazetteerJson.lowercaseOrgHeads),
    placeAfter: new Set(gazetteerJson.placeAfter.map(phraseKey)),
  };
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
  connectors: true, aliasIntros: true, speechVerbs: true, pronouns: true, calendarWords: true, numberWords: true,
  placeWordsSingle: true, companyAfter: true, companyAfterPossessive: true, companyBefore: true, companySuffixes: true,
  employerTitles: true, employerWords: true, employerOfWords: true, portfolios: true, lowercaseOrgHeads: true, placeAfter: true,
} satisfies Record<keyof Gazetteer, true>) as (keyof Gazetteer)[];

/**
 * A gazetteer built on first use: reading any field builds it, then every field becomes a plain data
 * property of the object (shadowing the getters), so hot loops read fields as before. A deck that is
 * not an article never pays for it.
 */
function lazyGazetteer(): Gazetteer {
  const proto: Record<string, unknown> = {};
  const lazy = Object.create(proto) as Record<string, unknown>;
  const materialise = (): Gazetteer => {
    const built = buildGazetteer();
    for (const field of GAZETTEER_FIELDS) Object.defineProperty(lazy, field, { value: built[field], enumerable: true, writable: true, configurable: true });
    return built;
  };
  for (const field of GAZETTEER_FIELDS) Object.defineProperty(proto, field, { get: () => materialise()[field], enumerable: true, configurable: false });
  return lazy as unknown as Gazetteer;
}

/** The gazetteer, built once, on first use. */
export const GAZETTEER: Gazetteer = lazyGazetteer();
