// analyze(Article, Template) → Analysis: sections with their cues, entities, figures, quotes and dates.
// One sentence at a time: a sentence's tokens live only while it is read (those a quotation covers are
// kept for the speaker search), so a 10 MB article never holds millions of tokens at once.
import type { Article, Sentence } from '../article/article';
import type { Analysis, DateMention, Figure } from './analysis';
import { findDates } from './extract-dates';
import { entityScanner } from './extract-entities';
import { findFigures } from './extract-figures';
import { extractQuotes, findQuotes } from './extract-quotes';
import { findSentenceCues, isCueWord, scoreSections, titleStems, type ScoredInput, type SentenceCues } from './score-sections';
import type { Template } from './template';
import { capitalisedTokens, tokenize, type Token } from './tokenize';

// Bylines and wire credits: "By Anna Hirtenstein, Marwa Rashad…", "(Reporting by …; Editing by …)".
const BYLINE = /^(?:by|par)\s+\p{Lu}[^.!?]*$/iu;
const CREDIT = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|graphics|production)\s+by\b/iu;
const AGENCY_TAG = /^\(?\s*(?:avec|with)\s+(?:l['’])?(?:afp|reuters|ap|associated press|agence france-presse)\s*\)?\.?$/iu;
// Page furniture pasted with a story: photo captions and credits ("(Photo: …)", "Photo : …", "© AFP"),
// links to other stories ("Read more: …", "Lire aussi : …") and key-points headings ("KEY POINTS").
const CAPTION = /^\(?\s*(?:photos?|pictures?|photograph|images?|illustration|caption|l[ée]gende|cr[ée]dits?(?: photo)?|vid[ée]o)\s*[:：]/iu;
const READ_MORE = /^(?:read more|read also|see also|related|more on this story|[àa] lire aussi|lire aussi|lire également|voir aussi|[àa] voir aussi|sur le même sujet)\s*(?:[:：].*)?$/iu;
const KEY_POINTS = /^(?:key points|key takeaways|highlights|what we know|ce qu['’]il faut retenir|l['’]essentiel|les points clés|[àa] retenir)\s*:?$/iu;

/** Whether a unit is a byline, a credit line or page furniture (caption, link, key-points heading) rather than content. */
export function isCreditLine(text: string): boolean {
  const trimmed = text.trim();
  if (CREDIT.test(trimmed) || AGENCY_TAG.test(trimmed)) return true;
  if (trimmed.includes('©') || CAPTION.test(trimmed) || READ_MORE.test(trimmed) || KEY_POINTS.test(trimmed)) return true;
  return BYLINE.test(trimmed) && trimmed.split(/\s+/u).length <= 30;
}

function isLeadCandidate(sentence: Sentence, isCredit: boolean, words: number): boolean {
  if (isCredit || sentence.kind !== 'sentence') return false;
  return /[.!?…»"”)]\s*$/u.test(sentence.text) || words >= 8;
}

/** What the sentence loop keeps of one sentence. */
interface SentenceFacts {
  readonly cues: SentenceCues;
  readonly words: number;
  readonly hasMoney: boolean;
  readonly hasPercent: boolean;
}

/** Analyses an article with a template; pure and linear in the article's length. */
export function analyze(article: Article, template: Template): Analysis {
  const lang = article.lang;
  const quoteSentences = article.sentences.map((s) => ({ text: s.text, paragraph: s.paragraph }));
  const texts = quoteSentences.map((s) => s.text);
  const credit = texts.map(isCreditLine);
  

  // Quotations are paired on the texts alone; the sentences they cover keep their tokens.
  const rawQuotes = findQuotes(quoteSentences);
  const quoted = new Set<number>();
  for (const quote of rawQuotes) for (const range of quote.ranges) quoted.add(range.sentence);

  const titleTokens = tokenize(article.title);
  const stems = titleStems(titleTokens);
  const entities = entityScanner(lang, (key) => isCueWord(template, key));
  // A headline may be the only place a story names its country: its known names count too.
  entities.addTitle({ text: article.title, tokens: titleTokens, isCredit: false });
  for (let i = 0; i < texts.length; i++) entities.noteCapitals({ text: texts[i]!, tokens: capitalisedTokens(texts[i]!), isCredit: credit[i]! });

  const kept: (readonly Token[] | undefined)[] = new Array<readonly Token[] | undefined>(texts.length);
  const dates: DateMention[] = [];
  const figures: Figure[] = [];
  const facts: SentenceFacts[] = texts.map((text, i) => {
    const tokens = tokenize(text);
    entities.add({ text, tokens, isCredit: credit[i]! });
    const dateSpans = findDates(text, lang, tokens);
    for (const d of dateSpans) dates.push({ text: d.text, sentence: i });
    const figureSpans = findFigures(text, lang, dateSpans, tokens);
    for (const f of figureSpans) figures.push({ text: f.text, sentence: i });
    if (quoted.has(i)) kept[i] = tokens;
    return {
      cues: findSentenceCues(text, tokens, template, lang, stems),
      words: tokens.length,
      hasMoney: figureSpans.some((f) => f.isMoney),
      hasPercent: figureSpans.some((f) => f.isPercent),
    };
  });
  const entityResult = entities.finish();

  const { quotes } = extractQuotes(
    quoteSentences,
    { lang, texts, tokens: kept, entities: entityResult.entities, spans: entityResult.spans, titles: entityResult.titles },
    rawQuotes,
  );

  const inputs: ScoredInput[] = article.sentences.map((sentence, i) => {
    const skip = new Set<number>();
    for (const span of entityResult.spans[i] ?? []) {
      if (entityResult.entities[span.entity]?.kind === 'place') continue;
      for (let k = span.first; k <= span.last; k++) skip.add(k);
    }
    const fact = facts[i]!;
    return {
      text: sentence.text,
      cues: fact.cues,
      skip,
      isLeadCandidate: isLeadCandidate(sentence, credit[i]!, fact.words),
      isCredit: credit[i]!,
      hasMoney: fact.hasMoney,
      hasPercent: fact.hasPercent,
    };
  });
  const { sentences, sections } = scoreSections(inputs, lang, template);

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
