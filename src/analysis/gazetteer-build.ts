// Builds the gazetteer from gazetteer.json and number-date-words.json (names tokenized and folded):
// `npm run gazetteer` saves the result as gazetteer-index.json, which is what the CLI loads.
import type { EntityKind } from './analysis';
import { fold } from '../text/fold';
import type { Gazetteer, KnownName } from './gazetteer';
import gazetteerJson from './gazetteer.json';
import numberDateJson from './number-date-words.json';
import { tokenize } from './tokenize';

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

/** The known names of the places and organisations lists, by folded key, and the longest in tokens. */
function knownNames(): { names: Map<string, KnownName>; longestName: number } {
  const names = new Map<string, KnownName>();
  let longestName = 1;
  let group = 0;
  const add = (variants: readonly string[], kind: EntityKind): void => {
    for (const variant of [...variants, ...variants.flatMap(abbreviated)]) {
      const tokens = tokenize(variant);
      const first = tokens[0];
      if (first === undefined) continue;
      const key = tokens.map((t) => t.key).join(' ');
      const letters = variant.replace(/[^\p{L}]/gu, '');
      const seen = names.get(key);
      if (seen !== undefined) {
        // "NASA" then "Nasa": a variant of the same name in other capitals opens the name to them.
        if (seen.group === group && seen.isUpperCase && letters !== letters.toUpperCase()) names.set(key, { ...seen, isUpperCase: false });
        continue;
      }
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
  return { names, longestName };
}

/** Builds the gazetteer from the JSON lists (about 20 ms: thousands of names tokenized and folded). */
export function buildGazetteer(): Gazetteer {
  const { names, longestName } = knownNames();
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
    leaderNouns: foldedSet(gazetteerJson.leaderNouns),
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
