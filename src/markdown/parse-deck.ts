// parseDeck: a Markdown deck (briefing's export, Marp, presenterm, slides) → Deck.
import type { Token, Tokens } from 'marked';
import type { Lang } from '../article/article';
import { langFromFrontMatter } from '../article/language';
import { sanitizeText } from '../article/sanitize';
import { SLIDE_KINDS, slideSection, type Deck, type Slide, type SlideKind } from '../deck/deck';
import { escapeMarkdownInline, unescapeMarkdownInline } from '../deck/markdown-escape';
import { canonicalTokenSource } from './break-safe';
import { classifyComment } from './deck-comment';
import { readDeckSource, tokenComment } from './deck-source';
import { trimBlock, trimSpaces } from './trim-block';

/** What a slide's machine comment says about the deck (on the title slide). */
interface DeckMeta {
  lang?: Lang;
  subtitle?: string;
  source?: string;
  date?: string;
}

/** A slide as read, with the deck metadata its machine comment carried. */
interface ParsedSlide {
  readonly slide: Slide;
  readonly meta: DeckMeta;
}

/**
 * Reads a Markdown deck. Slides split on top-level thematic breaks and `<!-- end_slide -->` (on
 * `#`/`##` headings when there is neither, nor a machine comment); each slide's first `#`/`##`
 * heading is its title, its HTML comments its notes (presenter commands and `<!-- pause -->` stay
 * in the body), and its `<!-- // briefing: {…} -->` comment its kind, section and sources. Front
 * matter gives deck metadata; a front-matter title the first slide does not carry becomes a title
 * slide, as presenterm shows it. The language defaults to `en`.
 */
export function parseDeck(text: string): Deck {
  const source = readDeckSource(text);
  // A one-slide export has no break, and its body may hold headings of its own.
  const splitsOnHeadings = !source.hasBreaks && !source.hasMachineComment;
  const parts = splitsOnHeadings ? source.parts.flatMap(splitOnHeadings) : source.parts;
  const parsed = parts.map(parseSlide);
  const fields = source.fields;

  const fmTitle = fieldText(fields.title);
  const fmSubtitle = fieldText(fields.sub_title) ?? fieldText(fields.description);
  const fmSource = fieldText(fields.source);
  const fmDate = fieldText(fields.date);
  if (fmTitle !== undefined && parsed[0]?.slide.title !== fmTitle) {
    parsed.unshift({ slide: introSlide(fmTitle, fields, fmSource, fmDate, fmSubtitle), meta: {} });
  }

  const slides = parsed.map((p) => p.slide);
  const meta = parsed.find((p) => Object.keys(p.meta).length > 0)?.meta ?? {};
  const titleSlide = slides.find((s) => s.kind === 'title') ?? slides[0];
  const subtitle = meta.subtitle ?? fmSubtitle;
  const src = meta.source ?? fmSource;
  const date = meta.date ?? fmDate;
  return {
    title: titleSlide?.title ?? fmTitle ?? '',
    ...(subtitle === undefined ? {} : { subtitle }),
    lang: meta.lang ?? langFromFrontMatter(fields.lang) ?? 'en',
    ...(src === undefined ? {} : { source: src }),
    ...(date === undefined ? {} : { date }),
    slides,
  };
}

/**
 * A deck without slide breaks: each `#`/`##` heading starts a slide. What comes before the first
 * heading is a slide of its own only when it holds more than comments.
 */
function splitOnHeadings(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (isTitleHeading(token) && (parts.at(-1) as Token[]).some(isContent)) parts.push([]);
    (parts.at(-1) as Token[]).push(token);
  }
  return parts;
}

function isContent(token: Token): boolean {
  return token.type !== 'space' && tokenComment(token) === undefined;
}

function isTitleHeading(token: Token): token is Tokens.Heading {
  return token.type === 'heading' && (token as Tokens.Heading).depth <= 2;
}

function parseSlide(tokens: readonly Token[]): ParsedSlide {
  const titleIndex = tokens.findIndex(isTitleHeading);
  const titleToken = tokens[titleIndex];
  const notes: string[] = [];
  const segments: string[] = [];
  let segment = '';
  let machine: Machine | undefined;
  tokens.forEach((token, index) => {
    const comment = tokenComment(token);
    const meaning = comment === undefined ? undefined : classifyComment(comment);
    let kept = index !== titleIndex;
    if (meaning?.kind === 'note') {
      // JSON escapes can carry what `read` removed from the file around them.
      notes.push(sanitizeText(meaning.text));
      kept = false;
    } else if (meaning?.kind === 'machine') {
      machine ??= readMachine(meaning.json);
      kept = false;
    }
    if (kept) {
      segment += canonicalTokenSource(token);
    } else {
      segments.push(segment);
      segment = '';
    }
  });
  segments.push(segment);
  // A removed comment or heading must not glue the blocks around it together.
  const body = segments
    .map(trimBlock)
    .filter((s) => s !== '')
    .join('\n\n');
  const slide: Slide = {
    kind: machine?.kind ?? 'markdown',
    ...(machine?.section === undefined ? {} : { section: machine.section }),
    title: titleToken === undefined ? '' : headingTitle(titleToken.raw),
    body,
    notes: notes.join('\n'),
    sources: machine?.sources ?? [],
  };
  return { slide, meta: machine?.meta ?? {} };
}

/** A machine comment's contents, each field checked. */
interface Machine {
  readonly kind: SlideKind;
  readonly section?: Slide['section'];
  readonly sources: readonly number[];
  readonly meta: DeckMeta;
}

/** Reads `{"kind":…}`; undefined when it is not a JSON object. Invalid fields are left out. */
function readMachine(json: string): Machine | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const kind = SLIDE_KINDS.find((k) => k === record.kind) ?? 'markdown';
  const section = slideSection(record.section);
  const sources = Array.isArray(record.sources) && record.sources.every(isIndex) ? (record.sources as number[]) : [];
  const meta: DeckMeta = {};
  if (record.lang === 'fr' || record.lang === 'en') meta.lang = record.lang;
  for (const key of ['subtitle', 'source', 'date'] as const) {
    const field = record[key];
    // JSON escapes can carry what `read` removed from the file around them.
    if (typeof field === 'string') meta[key] = sanitizeText(field);
  }
  return { kind, ...(section === undefined ? {} : { section }), sources: [...sources], meta };
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * A heading's text as written, without its markers and closing `#`s, backslash escapes undone;
 * tabs as spaces, as the export writes them.
 */
function headingTitle(raw: string): string {
  const lines = withoutFinalNewlines(raw).replace(/\t/g, ' ').split('\n');
  const first = (lines[0] ?? '').replace(/^ {0,3}/, '');
  if (!first.startsWith('#')) {
    // Setext: the lines above the underline, joined as one line.
    return unescapeMarkdownInline(
      lines
        .slice(0, -1)
        .map((line) => trimSpaces(line))
        .join(' '),
    );
  }
  let content = trimSpaces(first.replace(/^#{1,6}/, ''));
  let end = content.length;
  while (end > 0 && content[end - 1] === '#') end--;
  if (end < content.length && (end === 0 || content[end - 1] === ' ' || content[end - 1] === '\t')) {
    content = trimSpaces(content.slice(0, end));
  }
  return unescapeMarkdownInline(content);
}

/** The slide a front-matter title stands for (presenterm's intro slide). */
function introSlide(
  title: string,
  fields: Readonly<Record<string, string>>,
  source: string | undefined,
  date: string | undefined,
  subtitle: string | undefined,
): Slide {
  const author = fieldText(fields.author);
  const origin = [source, date].filter((s): s is string => s !== undefined);
  const lines = [subtitle, author, origin.length > 0 ? origin.join(' · ') : undefined].filter(
    (s): s is string => s !== undefined,
  );
  return { kind: 'title', title, body: lines.map(escapeMarkdownInline).join('\n\n'), notes: '', sources: [] };
}

/** A front-matter value, clean and on one line, or undefined when absent or blank. */
function fieldText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  // A double-quoted YAML value can carry escaped controls that `read` never saw.
  const text = sanitizeText(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

function withoutFinalNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  return text.slice(0, end);
}
