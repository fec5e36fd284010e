// The entity passes' word lists (entity-words.json) as sets and patterns, made once.
import words from './entity-words.json';

/** A pattern for words that end with one of `endings` (letters only). */
function endingPattern(endings: readonly string[]): RegExp {
  return new RegExp(`(?:${endings.join('|')})$`, 'u');
}

/** Words before "de l'Énergie", "of Energy" that make the capitalised word a portfolio. */
export const MINISTER_WORDS: ReadonlySet<string> = new Set(words.ministerWords);
/** Words before a French nationality noun (les Soudanais, des Européens). */
export const NATIONALITY_DETERMINERS: ReadonlySet<string> = new Set(words.nationalityDeterminers);
/** French nationality nouns in the plural (Soudanais, Européens). */
export const FR_NATIONALITY_NOUN = endingPattern(words.frNationalityNounEndings);
/** Articles between a preposition and a name (dans l'Audomarois, in the Souss), or before a company cue (shares in the X). */
export const ARTICLES: ReadonlySet<string> = new Set(words.articles);
/** Prepositions before "X in <known place>" that make X a place (from Andøya in Norway). */
export const FROM_WORDS: ReadonlySet<string> = new Set(words.fromWords);
/** Prepositions that link a place noun to its name across an adjective: "l’île grecque de Crète". */
export const OF_WORDS: ReadonlySet<string> = new Set(words.ofWords);
/** English prepositions of place before a one-word name (in lower case, not folded). */
export const EN_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(words.enPlacePrepositions);
/** French adjective endings and adjectives that continue an organisation's name (Union européenne, Nations unies). */
export const FR_ADJECTIVE = endingPattern(words.frAdjectiveEndings);
/** Surnames with a lowercase particle: al-Kaabi, ben-Salem, abu-Bakr. */
export const PARTICLE_NAME = new RegExp(`^(?:${words.nameParticles.join('|')})[-‐‑]\\p{Lu}`, 'u');
/** An Arabic article before a surname, left out when surnames are matched (Al-Bourhane → bourhane). */
export const SURNAME_PREFIX = new RegExp(`^(?:${words.surnamePrefixes.join('|')})-`, 'u');
/** Abbreviations read with their dot as a known name's word (St. Petersburg, Mt. Kenya). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(words.abbreviations);
