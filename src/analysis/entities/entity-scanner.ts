// Named entities: people, places and organisations, with every sentence that mentions them.
// Per sentence, four passes find mentions (known names, acronyms, capitalised spans, French
// institutions); the merge then joins them across the article (Maduro = Nicolas Maduro, FSR = Forces
// de soutien rapide (FSR)).
import type { Lang } from '../../article/article';
import { GAZETTEER, type Gazetteer } from '../gazetteer';
import { findAcronyms } from './acronyms';
import { findCapitalisedSpans } from './capitalised-spans';
import { findFrenchInstitutions } from './french-institutions';
import { findKnownNames } from './known-names';
import { merge } from './merge';
import { ArticleScan, SentenceScan } from './scan-state';
import { STRENGTH, TITLE_SENTENCE, type EntityResult, type SentenceTokens } from './types';
import { wordInfos } from './word-shape';

export type { EntityResult, EntitySpan, SentenceTokens } from './types';

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

/** Runs the four passes over one sentence and keeps its mentions. */
function scanSentence(article: ArticleScan, s: SentenceTokens, index: number): void {
  const scan = new SentenceScan(article, s, index);
  findKnownNames(scan);
  findAcronyms(scan);
  findCapitalisedSpans(scan);
  if (article.lang === 'fr') findFrenchInstitutions(scan);
  for (const m of scan.kept()) article.mentions.push(m);
}

/** An EntityScanner for articles in `lang`. `isCommonWord` tells lexicon words (Hyperinflation) that are not names. */
export function entityScanner(lang: Lang, isCommonWord: (key: string) => boolean, gz: Gazetteer = GAZETTEER): EntityScanner {
  const article = new ArticleScan(lang, isCommonWord, gz);
  const titleMentions: ArticleScan['mentions'] = [];
  let sentenceCount = 0;
  return {
    noteCapitals: (s) => void wordInfos(s, article.midCapitals),
    add: (s) => scanSentence(article, s, sentenceCount++),
    addTitle: (s) => {
      const before = article.mentions.length;
      const links = [article.aliasLinks.length, article.acronymLinks.length] as const;
      scanSentence(article, s, TITLE_SENTENCE);
      titleMentions.push(...article.mentions.splice(before).filter((m) => m.strength === STRENGTH.gazetteer));
      article.aliasLinks.length = links[0];
      article.acronymLinks.length = links[1];
    },
    finish: () => merge([...article.mentions, ...titleMentions], article.aliasLinks, article.acronymLinks, gz, sentenceCount),
  };
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
