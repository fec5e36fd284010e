// analyze(Article, Template) → Analysis: sections with their cues, entities, figures, quotes and dates.
// One sentence at a time: a sentence's tokens live only while it is read (the speaker search makes those
// of quoted sentences again, a few at a time), so a 10 MB article never holds millions of tokens at once.
import type { Article, Sentence } from '../article/article';
import type { Analysis, DateMention, Figure } from './analysis';
import { isCreditLine } from './credit-line';
import { findDates } from './extract-dates';
import { entityScanner, type EntityScanner, type EntitySpan } from './entities/entity-scanner';
import { findFigures } from './figures/find-figures';
import { nameRanges } from './name-ranges';
import { extractQuotes } from './quotes/extract-quotes';
import { findQuotes, type RawQuote } from './quotes/pair-quotes';
import { designatesActor } from './sections/actors';
import { isCueWord } from './sections/compiled-template';
import type { SentenceCues } from './sections/cue-entries';
import { findSentenceCues, titleStems } from './sections/find-cues';
import { scoreSections } from './sections/score-sections';
import type { ScoredInput } from './sections/sentence-score';
import type { Template } from './template';
import { capitalisedTokens, tokenize, type Token } from './tokenize';

function isLeadCandidate(sentence: Sentence, isCredit: boolean, words: number): boolean {
  if (isCredit || sentence.kind !== 'sentence') return false;
  return /[.!?…»"”)]\s*$/u.test(sentence.text) || words >= 8;
}

const NO_SPANS: readonly EntitySpan[] = Object.freeze([]);
const NO_STEMS: ReadonlySet<string> = new Set();

/** How many sentences' tokens the speaker search keeps at a time. */
const RECENT_TOKEN_LISTS = 16;

/** What the sentence loop keeps of one sentence for scoring: all but its names, which the entity merge finds at the end. */
type SentenceInput = Omit<ScoredInput, 'names'>;

/** What the sentence loop found: dates, figures and, per sentence, what scoring needs (names go to the entity scanner). */
interface SentenceScan {
  readonly dates: readonly DateMention[];
  readonly figures: readonly Figure[];
  readonly inputs: readonly SentenceInput[];
}

/** An article after the first pass over all its sentences, which the sentence loop needs done. */
interface PreparedAnalysis {
  readonly article: Article;
  readonly template: Template;
  readonly texts: readonly string[];
  /** Per sentence, whether it is a byline, credit line or page furniture. */
  readonly credit: readonly boolean[];
  /** The stems of the title's words. */
  readonly stems: ReadonlySet<string>;
  /** The title's own section cues (an article is about what its headline says). */
  readonly titleCues: SentenceCues;
  readonly rawQuotes: readonly RawQuote[];
  /** Has read the title and noted the capitals of every sentence; the loop adds each sentence's names. */
  readonly entities: EntityScanner;
}

/** The first pass over the whole article: quotations paired, the title's words, the capitals that mean names. */
function prepareAnalysis(article: Article, template: Template): PreparedAnalysis {
  const lang = article.lang;
  // Quotations are paired on the texts alone.
  const rawQuotes = findQuotes(article.sentences);
  const texts = article.sentences.map((s) => s.text);
  const credit = texts.map(isCreditLine);

  const titleTokens = tokenize(article.title);
  const entities = entityScanner(lang, (key) => isCueWord(template, key));
  // A headline may be the only place a story names its country: its known names count too.
  entities.addTitle({ text: article.title, tokens: titleTokens, isCredit: false });
  for (let i = 0; i < texts.length; i++) entities.noteCapitals({ text: texts[i]!, tokens: capitalisedTokens(texts[i]!), isCredit: credit[i]! });
  const titleCues = findSentenceCues(article.title, titleTokens, template, lang, NO_STEMS);
  return { article, template, texts, credit, stems: titleStems(titleTokens), titleCues, rawQuotes, entities };
}

/** The sentence loop: per sentence, its tokens, names, dates, figures and cues; its tokens live only while it is read. */
function scanSentences(prepared: PreparedAnalysis): SentenceScan {
  const { template, texts, credit, stems, entities } = prepared;
  const lang = prepared.article.lang;
  const dates: DateMention[] = [];
  const figures: Figure[] = [];
  const inputs = prepared.article.sentences.map((sentence, i): SentenceInput => {
    const text = texts[i]!;
    const isCredit = credit[i]!;
    const tokens = tokenize(text);
    entities.add({ text, tokens, isCredit });
    const dateSpans = findDates(text, lang, tokens);
    for (const d of dateSpans) dates.push({ text: d.text, sentence: i });
    const figureSpans = findFigures(text, lang, dateSpans, tokens);
    for (const f of figureSpans) figures.push({ text: f.text, sentence: i });
    return {
      text,
      cues: findSentenceCues(text, tokens, template, lang, stems),
      isLeadCandidate: isLeadCandidate(sentence, isCredit, tokens.length),
      isCredit,
      hasMoney: figureSpans.some((f) => f.isMoney),
      hasPercent: figureSpans.some((f) => f.isPercent),
      hasDate: dateSpans.length > 0,
      // The names are known after the loop: here the nationality words and actor nouns.
      namesActor: designatesActor(tokens, lang),
    };
  });
  return { dates, figures, inputs };
}

/** The analysis of a prepared article once its sentences are read: names merged, quotations, sections. */
function completeAnalysis(prepared: PreparedAnalysis, scan: SentenceScan): Analysis {
  const { article, template, texts, entities } = prepared;
  const lang = article.lang;
  const { inputs, dates, figures } = scan;
  const entityResult = entities.finish();
  // The speaker search reads the tokens of quoted sentences, in article order: they are made again as it
  // asks (a few kept at a time), rather than kept for the whole article since the sentence loop.
  const recentTokens = new Map<number, readonly Token[]>();
  const tokensOf = (i: number): readonly Token[] => {
    let list = recentTokens.get(i);
    if (list === undefined) {
      if (recentTokens.size >= RECENT_TOKEN_LISTS) recentTokens.clear();
      list = tokenize(texts[i]!);
      recentTokens.set(i, list);
    }
    return list;
  };

  const { quotes } = extractQuotes(
    article.sentences,
    { lang, texts, tokensOf, entities: entityResult.entities, spans: entityResult.spans, roles: entityResult.roles },
    prepared.rawQuotes,
  );

  // Names other than places are no cue words ("Alliance Investment Partners").
  const scored = inputs.map((input, i): ScoredInput => ({
    text: input.text,
    cues: input.cues,
    names: nameRanges(entityResult.spans[i] ?? NO_SPANS, entityResult.entities),
    isLeadCandidate: input.isLeadCandidate,
    isCredit: input.isCredit,
    hasMoney: input.hasMoney,
    hasPercent: input.hasPercent,
    hasDate: input.hasDate,
    namesActor: input.namesActor || (entityResult.spans[i] ?? NO_SPANS).some((sp) => entityResult.entities[sp.entity]?.kind !== 'person'),
  }));
  const { sentences, sections } = scoreSections(scored, lang, template, prepared.titleCues);

  return {
    lang,
    title: article.title,
    sentences,
    sections,
    entities: entityResult.entities,
    figures,
    quotes,
    dates,
  };
}

/** Analyses an article with a template; pure and linear in the article's length. */
export function analyze(article: Article, template: Template): Analysis {
  const prepared = prepareAnalysis(article, template);
  return completeAnalysis(prepared, scanSentences(prepared));
}
