// analyze(Article, Template) → Analysis: sections with their cues, entities, figures, quotes and dates.
import type { Article, Sentence } from '../article/article';
import type { Analysis } from './analysis';
import { extractDates } from './extract-dates';
import { extractEntities, type SentenceTokens } from './extract-entities';
import { extractFigures } from './extract-figures';
import { extractQuotes } from './extract-quotes';
import { isCueWord, scoreSections, type ScoredInput } from './score-sections';
import type { Template } from './template';
import { tokenize } from './tokenize';

// Bylines and wire credits: "By Anna Hirtenstein, Marwa Rashad…", "(Reporting by …; Editing by …)".
const BYLINE = /^(?:by|par)\s+\p{Lu}[^.!?]*$/iu;
const CREDIT = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|graphics|production)\s+by\b/iu;
const AGENCY_TAG = /^\(?\s*(?:avec|with)\s+(?:l['’])?(?:afp|reuters|ap|associated press|agence france-presse)\s*\)?\.?$/iu;

/** Whether a unit is a byline or a credit line rather than content. */
export function isCreditLine(text: string): boolean {
  const trimmed = text.trim();
  if (CREDIT.test(trimmed) || AGENCY_TAG.test(trimmed)) return true;
  return BYLINE.test(trimmed) && trimmed.split(/\s+/u).length <= 30;
}

function isLeadCandidate(sentence: Sentence, isCredit: boolean, words: number): boolean {
  if (isCredit || sentence.kind !== 'sentence') return false;
  return /[.!?…»"”)]\s*$/u.test(sentence.text) || words >= 8;
}

/** Analyses an article with a template; pure and linear in the article's length. */
export function analyze(article: Article, template: Template): Analysis {
  const lang = article.lang;
  const texts = article.sentences.map((s) => s.text);
  const tokens = texts.map(tokenize);
  const credit = texts.map(isCreditLine);

  const sentenceTokens: SentenceTokens[] = texts.map((text, i) => ({ text, tokens: tokens[i]!, isCredit: credit[i]! }));
  const entityResult = extractEntities(sentenceTokens, lang, (key) => isCueWord(template, key));
  const { dates, spans: dateSpans } = extractDates(texts, lang, tokens);
  const { figures, spans: figureSpans } = extractFigures(texts, lang, dateSpans, tokens);
  const { quotes } = extractQuotes(
    article.sentences.map((s) => ({ text: s.text, paragraph: s.paragraph })),
    { lang, texts, tokens, entities: entityResult.entities, spans: entityResult.spans, titles: entityResult.titles },
  );

  const inputs: ScoredInput[] = article.sentences.map((sentence, i) => {
    const skip = new Set<number>();
    for (const span of entityResult.spans[i] ?? []) {
      if (entityResult.entities[span.entity]?.kind === 'place') continue;
      for (let k = span.first; k <= span.last; k++) skip.add(k);
    }
    const figuresHere = figureSpans[i] ?? [];
    return {
      text: sentence.text,
      tokens: tokens[i]!,
      skip,
      isLeadCandidate: isLeadCandidate(sentence, credit[i]!, tokens[i]!.length),
      isCredit: credit[i]!,
      hasMoney: figuresHere.some((f) => f.isMoney),
      hasPercent: figuresHere.some((f) => f.isPercent),
    };
  });
  const { sentences, sections } = scoreSections(inputs, article.title, lang, template, tokenize);

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
