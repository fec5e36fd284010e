// The lexicon's word lists for each language, lower-cased once: what the removable parts are found by.
import type { Lang } from '../../article/article';
import lexicon from '../bullet-lexicon.json';

/** The word lists of one language, lower-cased once from the lexicon. */
export interface Rules {
  readonly connectives: readonly string[];
  readonly relatives: readonly string[];
  readonly headAttribution: readonly string[];
  readonly reportingLinks: readonly string[];
  readonly attributionVerbs: ReadonlySet<string>;
  /** The most words an attribution verb form has ("a fait savoir": 3). */
  readonly attributionVerbWords: number;
  readonly fronted: readonly string[];
  readonly trailing: readonly string[];
  readonly subordinators: readonly string[];
  readonly subjectOpeners: readonly string[];
  readonly appositiveDeterminers: readonly string[];
  readonly midConnectives: readonly string[];
  readonly trailingPrepositions: readonly string[];
  /** Prepositions of several words that open a closing adjunct ("en raison de", "because of"). */
  readonly trailingPrepositionPhrases: readonly string[];
  /** Prepositions that open a trailing purpose clause only before an infinitive ("pour construire…"). */
  readonly purposePrepositions: readonly string[];
  /** How an infinitive ends ("-er", "-ir", "-re"). */
  readonly infinitiveEndings: readonly string[];
  /** Indefinite determiners that open a closing appositive summing up the clause (", un ralliement qui…"). */
  readonly resumptiveDeterminers: readonly string[];
  /** The relative pronouns such an appositive holds ("qui", "that"). */
  readonly resumptiveRelatives: readonly string[];
  readonly attributionPrepositions: readonly string[];
  readonly verbStarts: ReadonlySet<string>;
  readonly dateAdverbs: readonly string[];
  readonly reportingWithoutLink: readonly string[];
  readonly participleEndings: readonly string[];
  readonly irregularParticiples: readonly string[];
  /** Days named relative to the news ("samedi", "on Tuesday", "hier"): the title's date tells them. */
  readonly dayWords: readonly string[];
  /** Parts of a day that may follow one ("Monday night"). */
  readonly timesOfDay: readonly string[];
  /** What may close an English attribution after its verb (", the company said in a statement"). */
  readonly attributionSuffixes: readonly string[];
  /** Nouns of office that open an appositive after a name (", ministre de l'économie,"). */
  readonly titleNouns: readonly string[];
  /** Words that take a day as their object ("depuis", "since", "jusqu'à"): the day stays after them. */
  readonly prepositions: ReadonlySet<string>;
  /** Past participles the endings miss ("perçu", "reçu", "conclu"). */
  readonly pastParticiples: readonly string[];
  /** How many words of the clause come before a closing phrase that may go (French puts objects after adjuncts more often). */
  readonly minWordsBeforeTrailingPhrase: number;
  /** Degree words after which "pour" + infinitive completes an adjective ("trop tôt pour…"). */
  readonly degreeWords: readonly string[];
  /** Prepositions of place before a bare name ("à", "in") and before a determiner ("en", "dans la", "in the"). */
  readonly placePrepositions: readonly string[];
  readonly determinedPlacePrepositions: readonly string[];
  readonly placeDeterminers: readonly string[];
  /** Words that open a clause attached to what precedes ("où", "where", "qui"). */
  readonly embeddedClauseOpeners: readonly string[];
  /** Auxiliaries, and the participles of "être"/"be" ("a", "ont été", "was", "been"). */
  readonly auxiliaries: ReadonlySet<string>;
  readonly lang: Lang;
  /** Participles of an absolute clause before the subject ("étant déjà à l'arrêt", "having failed"). */
  readonly absoluteParticiples: readonly string[];
  /** Adverbs between an attribution verb and its speaker ("encore", "also"). */
  readonly attributionAdverbs: readonly string[];
  /** Prepositions of a date inside the clause that may go with it ("en février", "in March"). */
  readonly innerDatePrepositions: readonly string[];
  readonly coordinatorWords: readonly string[];
  /** Words that open a list closing the sentence (", including A, B and C", ", notamment…"). */
  readonly listOpeners: readonly string[];
  /** Appositives that close the sentence on a thing just named (", l'un des pays les plus pauvres", ", one of the…"). */
  readonly closingAppositives: readonly string[];
  /** Prepositions that, before an infinitive, make the verb's complement, not an adjunct (", à se retourner contre…"). */
  readonly complementOpeners: readonly string[];
  /** Words that give a name's other name between commas (", dit « Hemetti »,", ", known as…,"). */
  readonly aliasOpeners: readonly string[];
  /** Prepositions that open items of one list ("à l'Egypte, à l'Inde, au Qatar"), by family. */
  readonly listPrepositionFamilies: readonly (readonly string[])[];
  /** Words that open a fronted clause which is a contrast, or a condition when its main clause is in the future ("Si…"). */
  readonly contrastiveSubordinators: readonly string[];
  /** Endings of a future or conditional verb ("perdra", "seraient"): after one, a fronted "si" clause is a condition. */
  readonly conditionalEndings: readonly string[];
  /** Words that open a clause of contrast with its own subject (", tandis que la Russie…", ", while the army…"). */
  readonly contrastOpeners: readonly string[];
  /** Prepositions that may open a short phrase between an attribution verb and its "que" ("affirme sur son blog que"). */
  readonly verbLinkGapOpeners: readonly string[];
  /** What opens an office in a list of officials ("du président", "la ministre", "the head of"). */
  readonly listedOfficeOpeners: readonly string[];
  /** Words that open a verb's clause complement ("que", "that"). */
  readonly complementisers: readonly string[];
}

export const RULES: Readonly<Record<Lang, Rules>> = { fr: rulesOf('fr'), en: rulesOf('en') };
export const DANGLING: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(lexicon.fr.danglingOpeners.map((w) => w.toLowerCase())),
  en: new Set(lexicon.en.danglingOpeners.map((w) => w.toLowerCase())),
};

function rulesOf(lang: Lang): Rules {
  const l = lexicon[lang];
  const lower = (words: readonly string[]): string[] => words.map((w) => w.toLowerCase());
  return {
    connectives: lower(l.connectives),
    relatives: lower(l.relativePronouns),
    headAttribution: lower(l.headAttribution),
    reportingLinks: lower(l.reportingLinks),
    attributionVerbs: new Set([...lower(l.attributionVerbs), ...lower(l.imperfectAttributionVerbs)]),
    attributionVerbWords: Math.max(...l.attributionVerbs.map((v) => v.split(' ').length)),
    fronted: lower(l.frontedAdjuncts),
    trailing: lower(l.trailingAdjuncts),
    subordinators: lower(l.leadingSubordinators),
    subjectOpeners: lower(l.subjectOpeners),
    appositiveDeterminers: lower(l.appositiveDeterminers),
    midConnectives: lower(l.midConnectives),
    trailingPrepositions: lower(l.trailingPrepositions),
    trailingPrepositionPhrases: lower(l.trailingPrepositionPhrases),
    purposePrepositions: lower(l.purposePrepositions),
    infinitiveEndings: lower(l.infinitiveEndings),
    resumptiveDeterminers: lower(l.resumptiveDeterminers),
    resumptiveRelatives: lower(l.resumptiveRelatives),
    attributionPrepositions: lower(l.attributionPrepositions),
    verbStarts: new Set(lower(l.verbStarts)),
    dateAdverbs: lower(l.dateAdverbs),
    reportingWithoutLink: lower(l.reportingWithoutLink),
    participleEndings: lower(l.participleEndings),
    irregularParticiples: lower(l.irregularParticiples),
    dayWords: lower(l.dayWords),
    timesOfDay: lower(l.timesOfDay),
    attributionSuffixes: lower(l.attributionSuffixes),
    titleNouns: lower(l.titleNouns),
    pastParticiples: lower(l.pastParticiples),
    minWordsBeforeTrailingPhrase: l.minWordsBeforeTrailingPhrase,
    degreeWords: lower(l.degreeWords),
    placePrepositions: lower(l.placePrepositions),
    determinedPlacePrepositions: lower(l.determinedPlacePrepositions),
    placeDeterminers: lower(l.placeDeterminers),
    embeddedClauseOpeners: lower(l.embeddedClauseOpeners),
    auxiliaries: new Set([...lower(l.finiteAuxiliaries), ...lower(l.sharedParticiples)]),
    lang,
    absoluteParticiples: lower(l.absoluteParticiples),
    attributionAdverbs: lower(l.attributionAdverbs),
    innerDatePrepositions: lower(l.innerDatePrepositions),
    coordinatorWords: lower(l.sharedSubjectCoordinators).concat(['ou', 'or', 'ni', 'nor']),
    listOpeners: lower(l.listOpeners),
    closingAppositives: lower(l.closingAppositives),
    complementOpeners: lower(l.complementOpeners),
    aliasOpeners: lower(l.aliasOpeners),
    listPrepositionFamilies: l.listPrepositionFamilies.map(lower),
    contrastiveSubordinators: lower(l.contrastiveSubordinators),
    conditionalEndings: lower(l.conditionalEndings),
    contrastOpeners: lower(l.contrastOpeners),
    complementisers: lower(l.complementisers),
    listedOfficeOpeners: lower(l.listedOfficeOpeners),
    verbLinkGapOpeners: lower(l.verbLinkGapOpeners),
    prepositions: new Set([...lower(l.frontedAdjuncts), ...lower(l.trailingPrepositions), ...lower(l.datePrepositions)].filter((w) => !w.includes(' '))),
  };
}
