// analyze(Article, Template) → Analysis: sections with their cues, entities, figures, quotes and dates.
// One sentence at a time: a sentence's tokens live only while it is read (the speaker search makes those
// of quoted sentences again, a few at a time), so a 10 MB article never holds millions of tokens at once.
import type { Article, Lang, Sentence } from '../article/article';
import type { Analysis, DateMention, Figure } from './analysis';
import { findDates } from './extract-dates';
import { entityScanner, type EntityScan, type EntityScanner } from './extract-entities';
import { findFigures } from './extract-figures';
import { extractQuotes, findQuotes, type RawQuote } from './extract-quotes';
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

const NO_NAMES: readonly number[] = Object.freeze([]);

/** How many sentences' tokens the speaker search keeps at a time. */
const RECENT_TOKEN_LISTS = 16;

/** What the sentence loop keeps of one sentence. */
interface SentenceFacts {
  readonly cues: SentenceCues;
  readonly words: number;
  readonly hasMoney: boolean;
  readonly hasPercent: boolean;
}

/** A sentence as the sentence loop reads it. */
export interface ScanSentence {
  readonly text: string;
  /** Whether it is a byline, credit line or page furniture. */
  readonly isCredit: boolean;
}

/** What the sentence loop needs from the whole article, found before it starts. Plain data, as ScanSentence. */
export interface ScanSetup {
  readonly lang: Lang;
  /** The stems of the title's words. */
  readonly stems: readonly string[];
  /** The words the article capitalises where a capital means a name (EntityScanner.capitals). */
  readonly capitals: readonly string[];
}

/**
 * What the sentence loop found in a run of consecutive sentences. Plain data, so that a worker thread can
 * read a run and send it back (src/cli/parallel-analysis.ts).
 */
export interface SentenceScan {
  readonly entities: EntityScan;
  readonly dates: readonly DateMention[];
  readonly figures: readonly Figure[];
  readonly facts: readonly SentenceFacts[];
}

/** An article with what the sentence loop needs: the first pass over the whole article is done. */
export interface PreparedAnalysis {
  readonly article: Article;
  readonly template: Template;
  readonly setup: ScanSetup;
  /** Its sentences as the loop reads them. */
  readonly sentences: readonly ScanSentence[];
  readonly rawQuotes: readonly RawQuote[];
  readonly entities: EntityScanner;
}

/** The first pass over the whole article: quotations paired, the title's words, the capitals that mean names. */
export function prepareAnalysis(article: Article, template: Template): PreparedAnalysis {
  const lang = article.lang;
  // Quotations are paired on the texts alone.
  const rawQuotes = findQuotes(article.sentences);
  const sentences = article.sentences.map((s) => ({ text: s.text, isCredit: isCreditLine(s.text) }));

  const titleTokens = tokenize(article.title);
  const entities = entityScanner(lang, (key) => isCueWord(template, key));
  // A headline may be the only place a story names its country: its known names count too.
  entities.addTitle({ text: article.title, tokens: titleTokens, isCredit: false });
  for (const s of sentences) entities.noteCapitals({ text: s.text, tokens: capitalisedTokens(s.text), isCredit: s.isCredit });
  const setup: ScanSetup = { lang, stems: [...titleStems(titleTokens)], capitals: entities.capitals() };
  return { article, template, setup, sentences, rawQuotes, entities };
}

/**
 * The sentence loop over a run of consecutive sentences, the first of which has index `first`: per
 * sentence, its tokens, names, dates, figures and cues. A sentence's tokens live only while it is read
 * (unless a quotation covers it).
 */
export function scanSentences(setup: ScanSetup, template: Template, sentences: readonly ScanSentence[], first: number): SentenceScan {
  const { lang } = setup;
  const stems = new Set(setup.stems);
  const entities = entityScanner(lang, (key) => isCueWord(template, key), undefined, { sentence: first, capitals: setup.capitals });
  const dates: DateMention[] = [];
  const figures: Figure[] = [];
  const facts = sentences.map(({ text, isCredit }, k): SentenceFacts => {
    const i = first + k;
    const tokens = tokenize(text);
    entities.add({ text, tokens, isCredit });
    const dateSpans = findDates(text, lang, tokens);
    for (const d of dateSpans) dates.push({ text: d.text, sentence: i });
    const figureSpans = findFigures(text, lang, dateSpans, tokens);
    for (const f of figureSpans) figures.push({ text: f.text, sentence: i });
    return {
      cues: findSentenceCues(text, tokens, template, lang, stems),
      words: tokens.length,
      hasMoney: figureSpans.some((f) => f.isMoney),
      hasPercent: figureSpans.some((f) => f.isPercent),
    };
  });
  return { entities: entities.found(), dates, figures, facts };
}

/** The analysis of a prepared article from the scans of its sentences, in order (together, every sentence once). */
export function completeAnalysis(prepared: PreparedAnalysis, scans: readonly SentenceScan[]): Analysis {
  const { article, template, sentences: scanned, entities } = prepared;
  const lang = article.lang;
  const texts = scanned.map((s) => s.text);
  const facts: SentenceFacts[] = [];
  const dates: DateMention[] = [];
  const figures: Figure[] = [];
  for (const scan of scans) {
    entities.append(scan.entities);
    for (const fact of scan.facts) facts.push(fact);
    for (const d of scan.dates) dates.push(d);
    for (const f of scan.figures) figures.push(f);
  }
  if (facts.length !== texts.length) throw new Error(`scans cover ${facts.length} of ${texts.length} sentences`);
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
    { lang, texts, tokensOf, entities: entityResult.entities, spans: entityResult.spans, titles: entityResult.titles },
    prepared.rawQuotes,
  );

  const inputs: ScoredInput[] = article.sentences.map((sentence, i) => {
    let names: number[] | undefined;
    for (const span of entityResult.spans[i] ?? []) {
      if (entityResult.entities[span.entity]?.kind === 'place') continue;
      (names ??= []).push(span.first, span.last);
    }
    const fact = facts[i]!;
    const isCredit = scanned[i]!.isCredit;
    return {
      text: sentence.text,
      cues: fact.cues,
      names: names ?? NO_NAMES,
      isLeadCandidate: isLeadCandidate(sentence, isCredit, fact.words),
      isCredit,
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

/** Analyses an article with a template; pure and linear in the article's length. */
export function analyze(article: Article, template: Template): Analysis {
  const prepared = prepareAnalysis(article, template);
  return completeAnalysis(prepared, [scanSentences(prepared.setup, template, prepared.sentences, 0)]);
}
