// Direct quotations, verbatim, with their speaker when the sentence names one.
// Quotation marks are paired with a small state machine over the sentences of a paragraph, so a
// quotation may run over several sentences but never past its paragraph, and a stray or misused
// mark (» at a paragraph start, « used as a closing mark) pairs with nothing.
import type { Lang } from '../article/article';
import type { Quote } from './analysis';
import type { EntitySpan } from './entities/entity-scanner';
import type { Entity } from './analysis';
import { countWords, isSpaceCode } from './char-class';
import { GAZETTEER } from './gazetteer';
import { gazetteerTitles, longestTitleAt } from './title-index';
import { firstTokenAt, type Token } from './tokenize';

/** The quoted text of one quotation inside one sentence (offsets without the marks). */
export interface QuoteRange {
  /** Sentence index. */
  readonly sentence: number;
  /** Start offset of the quoted words. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
}

/** A quotation found in the article, before the speaker is known. */
export interface RawQuote {
  /** The quoted words (sentences joined by a space). */
  readonly text: string;
  /** Where it lies, one range per sentence it covers. */
  readonly ranges: readonly QuoteRange[];
  /** How many words it has. */
  readonly words: number;
}

/** One sentence for quote pairing. */
export interface QuoteSentence {
  /** Its text. */
  readonly text: string;
  /** Its paragraph number. */
  readonly paragraph: number;
}

/** Quotations shorter than this many words are scare quotes or terms (« volontaire »), not statements... */
const MIN_WORDS = 3;
/** ...unless a verb of saying stands close by ("voters had "chosen change"", said X; a déclaré qu'il était « difficile »). */
const MIN_WORDS_WITH_VERB = 1;

type Mark = 'guillemet' | 'curly' | 'straight';

interface Open {
  readonly mark: Mark;
  readonly sentence: number;
  readonly offset: number;
  depth: number;
}

function nextNonSpace(text: string, i: number): string {
  for (let k = i; k < text.length; k++) if (!isSpaceCode(text.charCodeAt(k))) return text[k]!;
  return '';
}

function prevNonSpace(text: string, i: number): string {
  for (let k = i; k >= 0; k--) if (!isSpaceCode(text.charCodeAt(k))) return text[k]!;
  return '';
}

/** The quotation marks findQuotes reads: « » “ ” " „ */
const QUOTE_MARKS = /[«»“”"„]/g;

/** Finds the quotations of an article (linear: one pass over the characters). */
export function findQuotes(sentences: readonly QuoteSentence[]): RawQuote[] {
  const quotes: RawQuote[] = [];
  let open: Open | undefined;

  const close = (endSentence: number, endOffset: number): void => {
    if (open === undefined) return;
    const ranges: QuoteRange[] = [];
    for (let s = open.sentence; s <= endSentence; s++) {
      const text = sentences[s]!.text;
      const start = s === open.sentence ? open.offset : 0;
      const end = s === endSentence ? endOffset : text.length;
      let a = start;
      let b = end;
      while (a < b && /\s/u.test(text[a]!)) a++;
      while (b > a && /[\s,]/u.test(text[b - 1]!)) b--;
      if (b > a) ranges.push({ sentence: s, start: a, end: b });
    }
    open = undefined;
    const text = ranges.map((r) => sentences[r.sentence]!.text.slice(r.start, r.end)).join(' ');
    const words = countWords(text);
    if (words >= MIN_WORDS_WITH_VERB) quotes.push({ text, ranges, words });
  };

  sentences.forEach((sentence, si) => {
    const text = sentence.text;
    const previous = sentences[si - 1];
    // A quotation left open does not run into another paragraph.
    if (open !== undefined && previous !== undefined && previous.paragraph !== sentence.paragraph) {
      close(si - 1, previous.text.length);
    }
    // Most characters are no quotation mark: one regular expression jumps from mark to mark.
    QUOTE_MARKS.lastIndex = 0;
    while (QUOTE_MARKS.test(text)) {
      const i = QUOTE_MARKS.lastIndex - 1;
      const c = text[i]!;
      if (c === '«' || c === '“' || c === '"' || c === '„') {
        const mark: Mark = c === '«' ? 'guillemet' : c === '"' ? 'straight' : 'curly';
        const after = nextNonSpace(text, i + 1);
        const before = i === 0 ? '' : text[i - 1]!;
        const looksClosing = after === '' || /[,.;:!?)»]/u.test(after);
        if (mark === 'straight' && open?.mark === 'straight') {
          // A straight mark after a word closes; one before a word opens a new quotation (the
          // previous one lost its closing mark, as BBC copy does between paragraphs).
          const atSentenceStart = prevNonSpace(text, i - 1) === '';
          if ((/\s/u.test(before) || (atSentenceStart && open.sentence !== si)) && after !== '' && !looksClosing) {
            const start = open.sentence === si ? i : 0;
            if (open.sentence === si) close(si, start);
            else close(si - 1, sentences[si - 1]!.text.length);
            open = { mark, sentence: si, offset: i + 1, depth: 1 };
          } else {
            close(si, i);
          }
          continue;
        }
        if (looksClosing && open !== undefined && open.mark === mark) {
          // « used as a closing mark (« … calendrier « ,).
          open.depth--;
          if (open.depth <= 0) close(si, i);
          continue;
        }
        if (looksClosing) continue;
        if (open !== undefined && open.mark === mark && mark !== 'straight') {
          if (open.sentence !== si && prevNonSpace(text, i - 1) === '') {
            // A new quotation at a sentence start while one is still open: the old one ended.
            close(si - 1, sentences[si - 1]!.text.length);
            open = { mark, sentence: si, offset: i + 1, depth: 1 };
          } else {
            open.depth++;
          }
          continue;
        }
        if (open === undefined) open = { mark, sentence: si, offset: i + 1, depth: 1 };
        continue;
      }
      if (c === '»' || c === '”') {
        const mark: Mark = c === '»' ? 'guillemet' : 'curly';
        if (open === undefined || open.mark !== mark) continue;
        open.depth--;
        if (open.depth <= 0) close(si, i);
      }
    }
  });
  const last = sentences.length - 1;
  if (open !== undefined && last >= 0) close(last, sentences[last]!.text.length);
  return quotes;
}

/** What the speaker finder needs to know about the article. */
export interface SpeakerContext {
  /** The article's language. */
  readonly lang: Lang;
  /** Sentence texts. */
  readonly texts: readonly string[];
  /** The tokens of a sentence (asked only for sentences that quotations cover, mostly in article order). */
  readonly tokensOf: (sentence: number) => readonly Token[];
  /** The entities. */
  readonly entities: readonly Entity[];
  /** Entity mentions per sentence, in text order. */
  readonly spans: readonly (readonly EntitySpan[])[];
  /** Folded titles per entity. */
  readonly titles: readonly (readonly string[])[];
}

// Verbs whose speaker follows them even when the quotation comes later: "selon Maduro", "according to".
const SPEAKER_FIRST = new Set(['selon', 'according']);
const DETERMINERS = new Set(['le', 'la', 'l', 'les', 'the', 'a', 'an', 'son', 'sa', 'its', 'his', 'her']);
/** How far (in words) around a quotation its speaker is looked for; keeps the search linear. */
const WINDOW = 40;
/** How near (in words) a verb of saying must stand to a two-word quotation: before it, after it. */
const SHORT_BEFORE = 8;
const SHORT_AFTER = 3;
/** How many earlier mentions a pronoun or a title is resolved against. */
const LOOK_BACK = 60;

/** Per sentence, the parts of its text inside a quotation. */
type QuotedMask = ReadonlyMap<number, readonly QuoteRange[]>;

function quotedMask(ranges: readonly QuoteRange[]): QuotedMask {
  const mask = new Map<number, QuoteRange[]>();
  for (const r of ranges) {
    const list = mask.get(r.sentence);
    if (list === undefined) mask.set(r.sentence, [r]);
    else list.push(r);
  }
  return mask;
}

/** Whether token `token` of `sentence` starts inside a quotation. */
function isQuoted(ctx: SpeakerContext, mask: QuotedMask, sentence: number, token: number): boolean {
  const ranges = mask.get(sentence);
  if (ranges === undefined) return false;
  const t = ctx.tokensOf(sentence)[token];
  if (t === undefined) return false;
  // A sentence's ranges are in text order and do not overlap: the last one starting at or before the token decides.
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= t.start) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo - 1];
  return r !== undefined && t.start < r.end;
}

function hasTitle(ctx: SpeakerContext, entity: number, title: string): boolean {
  return (ctx.titles[entity] ?? []).some((t) => t === title || t.endsWith(` ${title}`) || title.endsWith(` ${t}`));
}

/** The most recent person named before token `beforeToken` of `sentence` (outside quotations), maybe with a title. */
function lastPerson(ctx: SpeakerContext, mask: QuotedMask, sentence: number, beforeToken: number, title?: string): number | undefined {
  let seen = 0;
  for (let s = sentence; s >= Math.max(0, sentence - 4) && seen < LOOK_BACK; s--) {
    const spans = ctx.spans[s] ?? [];
    for (let k = spans.length - 1; k >= 0 && seen < LOOK_BACK; k--) {
      const span = spans[k]!;
      if (s === sentence && span.first >= beforeToken) continue;
      seen++;
      if (isQuoted(ctx, mask, s, span.first) || ctx.entities[span.entity]?.kind !== 'person') continue;
      if (title !== undefined && !hasTitle(ctx, span.entity, title)) continue;
      return span.entity;
    }
  }
  return undefined;
}

/** The longest title of the language starting at token `i`, its words joined by spaces. */
function titleAt(tokens: readonly Token[], i: number, lang: Lang): string | undefined {
  return longestTitleAt(tokens, i, gazetteerTitles(GAZETTEER)[lang])?.join(' ');
}

function isSpeechVerb(token: Token, lang: Lang): boolean {
  if (GAZETTEER.speechVerbs[lang].has(token.key)) return true;
  // "a-t-il", "répondent-elles": an inverted subject ends the verb.
  const key = token.key;
  return key.endsWith('-il') || key.endsWith('-elle') || key.endsWith('-ils') || key.endsWith('-elles');
}

/** Spans of a sentence whose first token lies in [lo, hi]. */
function spansBetween(spans: readonly EntitySpan[], lo: number, hi: number): EntitySpan[] {
  let a = 0;
  let b = spans.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (spans[mid]!.first < lo) a = mid + 1;
    else b = mid;
  }
  const out: EntitySpan[] = [];
  for (let k = a; k < spans.length && spans[k]!.first <= hi; k++) out.push(spans[k]!);
  return out;
}

/** Finds who said a quotation: a named person near a verb of saying, a pronoun or a title ("a déclaré le président"). */
function findSpeaker(quote: RawQuote, ctx: SpeakerContext, mask: QuotedMask): string | undefined {
  const first = quote.ranges[0]!;
  const lastRange = quote.ranges[quote.ranges.length - 1]!;
  const sentences = first.sentence === lastRange.sentence ? [first.sentence] : [first.sentence, lastRange.sentence];
  const pronouns = GAZETTEER.pronouns[ctx.lang];
  const firstToken = firstTokenAt(ctx.tokensOf(first.sentence), first.start);

  let best: { entity: number; distance: number } | undefined;
  let byTitle: number | undefined;
  let byPronoun: number | undefined;
  let sawVerb = false;
  for (const s of sentences) {
    const tokens = ctx.tokensOf(s);
    const text = ctx.texts[s] ?? '';
    const quoteStart = s === first.sentence ? first.start : 0;
    const quoteEnd = s === lastRange.sentence ? lastRange.end : text.length;
    const qFirst = firstTokenAt(tokens, quoteStart);
    const qEnd = firstTokenAt(tokens, quoteEnd);
    const lo = Math.max(0, qFirst - WINDOW);
    // A quotation that ends its own sentence ("… considerably." CBI chief economist X said) is not
    // attributed by what follows it.
    const endsSentence = s === lastRange.sentence && /[.!?…]$/u.test(quote.text) && quoteEnd < text.length - 2;
    const hi = endsSentence ? qFirst - 1 : Math.min(tokens.length - 1, qEnd + WINDOW);
    const spans = spansBetween(ctx.spans[s] ?? [], lo - 12, hi + 12).filter((sp) => !isQuoted(ctx, mask, s, sp.first));
    const quoteTokenStart = s === first.sentence ? firstToken : 0;
    for (let ti = lo; ti <= hi; ti++) {
      const t = tokens[ti]!;
      if (isQuoted(ctx, mask, s, ti) || !isSpeechVerb(t, ctx.lang)) continue;
      sawVerb = true;
      // "a-t-il déclaré", "he said", "said he": the last person named before.
      const pronounNear =
        /-(?:il|elle)$/u.test(t.key) ||
        [ti - 1, ti + 1].some((n) => tokens[n] !== undefined && pronouns.has(tokens[n]!.key) && !isQuoted(ctx, mask, s, n));
      if (pronounNear && byPronoun === undefined) byPronoun = lastPerson(ctx, mask, s, quoteTokenStart);
      const quoteBefore = quoteEnd <= t.start;
      const introduced = quoteStart > t.end && /[:,]\s*$/u.test(text.slice(0, quoteStart).replace(/[«“"]\s*$/u, ''));
      for (const sp of spans) {
        const kind = ctx.entities[sp.entity]?.kind;
        if (kind === 'place') continue;
        const after = sp.first > ti;
        if (after && !quoteBefore && !introduced && !SPEAKER_FIRST.has(t.key)) continue;
        const distance = after ? sp.first - ti : ti - sp.last;
        if (distance < 0 || distance > 12) continue;
        const weight = distance + (kind === 'person' ? 0 : 6);
        if (best === undefined || weight < best.distance) best = { entity: sp.entity, distance: weight };
      }
      // "a déclaré le président" with no name after it: the person last called so.
      let k = ti + 1;
      while (k < tokens.length && DETERMINERS.has(tokens[k]!.key)) k++;
      const title = k < tokens.length ? titleAt(tokens, k, ctx.lang) : undefined;
      if (title !== undefined && byTitle === undefined) {
        const titleEnd = tokens[k]!.end;
        // The title names someone when a person follows closely ("le président français Emmanuel Macron") or
        // in apposition ("le porte-parole de l'armée, le général Nabil Abdallah").
        const named = spans.some((sp) => {
          if (sp.first <= k || ctx.entities[sp.entity]?.kind !== 'person') return false;
          const distance = sp.first - k;
          return distance <= 3 || (distance <= 7 && text.slice(titleEnd, sp.start).includes(','));
        });
        if (!named) byTitle = lastPerson(ctx, mask, s, quoteTokenStart, title) ?? lastPerson(ctx, mask, s, quoteTokenStart);
      }
    }
  }
  if (best !== undefined && best.distance <= 6) return ctx.entities[best.entity]?.name;
  const resolved = byPronoun ?? byTitle ?? best?.entity;
  if (resolved !== undefined) return ctx.entities[resolved]?.name;
  if (sawVerb) return undefined;
  // No verb of saying: a title before the quotation ("Pour le président du Conseil européen, il est « … »"),
  // else the first person the sentence names outside quotations.
  const s = first.sentence;
  const tokens = ctx.tokensOf(s);
  const selfContained = /[.!?…]$/u.test(quote.text);
  const spans = spansBetween(ctx.spans[s] ?? [], Math.max(0, firstToken - WINDOW), selfContained ? firstToken : firstToken + WINDOW).filter(
    (sp) => !isQuoted(ctx, mask, s, sp.first),
  );
  for (let ti = Math.max(0, firstToken - WINDOW); ti < firstToken; ti++) {
    if (isQuoted(ctx, mask, s, ti)) continue;
    const title = titleAt(tokens, ti, ctx.lang);
    if (title === undefined) continue;
    const named = spans.some((sp) => sp.first > ti && sp.first - ti <= 4 && ctx.entities[sp.entity]?.kind === 'person');
    if (named) break;
    const person = lastPerson(ctx, mask, s, firstToken, title);
    if (person !== undefined) return ctx.entities[person]?.name;
  }
  const person = spans.find((sp) => ctx.entities[sp.entity]?.kind === 'person');
  return person === undefined ? undefined : ctx.entities[person.entity]?.name;
}

/** Every quotation of the article with its speaker when one is named (`found`: findQuotes' result, if known). */
export function extractQuotes(
  sentences: readonly QuoteSentence[],
  ctx: SpeakerContext,
  found: readonly RawQuote[] = findQuotes(sentences),
): { quotes: Quote[]; ranges: QuoteRange[] } {
  const mask = quotedMask(found.flatMap((q) => q.ranges));
  const raw = found.filter((q) => {
    if (q.words >= MIN_WORDS) return true;
    // A short quotation counts when a verb of saying introduces it ("told supporters that voters had
    // "chosen change"") or follows it at once (« … », a déclaré); otherwise it is a term in quotation marks.
    const r = q.ranges[0]!;
    const tokens = ctx.tokensOf(r.sentence);
    const at = firstTokenAt(tokens, r.start);
    const after = firstTokenAt(tokens, r.end);
    const near = (i: number): boolean => !isQuoted(ctx, mask, r.sentence, i) && isSpeechVerb(tokens[i]!, ctx.lang);
    for (let i = Math.max(0, at - SHORT_BEFORE); i < at; i++) if (near(i)) return true;
    for (let i = after; i < Math.min(tokens.length, after + SHORT_AFTER); i++) if (near(i)) return true;
    return false;
  });
  const quotes = raw.map((q): Quote => {
    const speaker = findSpeaker(q, ctx, mask);
    return speaker === undefined ? { text: q.text, sentence: q.ranges[0]!.sentence } : { text: q.text, speaker, sentence: q.ranges[0]!.sentence };
  });
  return { quotes, ranges: raw.flatMap((q) => q.ranges) };
}
