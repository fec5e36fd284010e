// The deck as JSON (`export --format json`): `{"schema": "briefing.deck/1", ...Deck}`, and back.
import { SECTION_IDS, type SectionId } from '../analysis/analysis';
import { sanitizeText } from '../article/sanitize';
import { SLIDE_KINDS, slideSection, type Deck, type Slide } from './deck';

/** The schema tag of a deck JSON file. */
export const DECK_SCHEMA = 'briefing.deck/1';

/** Writes a deck as 2-space-indented JSON with a trailing newline; keys in a fixed order. */
export function deckToJson(deck: Deck): string {
  const json = {
    schema: DECK_SCHEMA,
    title: deck.title,
    ...(deck.subtitle === undefined ? {} : { subtitle: deck.subtitle }),
    lang: deck.lang,
    ...(deck.source === undefined ? {} : { source: deck.source }),
    ...(deck.date === undefined ? {} : { date: deck.date }),
    slides: deck.slides.map((slide) => ({
      kind: slide.kind,
      ...(slide.section === undefined ? {} : { section: slide.section }),
      title: slide.title,
      body: slide.body,
      notes: slide.notes,
      sources: slide.sources,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * Reads a deck JSON file written by `deckToJson`. Throws an Error with a one-line message naming
 * the first field that is missing or wrong. Strings are cleaned as `read` cleans text.
 */
export function parseDeckJson(text: string): Deck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    throw new Error(`not valid JSON: ${reason}`);
  }
  const deck = record(value, 'the deck');
  if (deck.schema !== DECK_SCHEMA) throw new Error(`"schema" must be "${DECK_SCHEMA}"`);
  const lang = deck.lang;
  if (lang !== 'fr' && lang !== 'en') throw new Error('"lang" must be "fr" or "en"');
  if (!Array.isArray(deck.slides)) throw new Error('"slides" must be an array');
  const subtitle = optionalText(deck, 'subtitle', '');
  const source = optionalText(deck, 'source', '');
  const date = optionalText(deck, 'date', '');
  return {
    title: stringField(deck, 'title', ''),
    ...(subtitle === undefined ? {} : { subtitle }),
    lang,
    ...(source === undefined ? {} : { source }),
    ...(date === undefined ? {} : { date }),
    slides: deck.slides.map((slide: unknown, i: number) => readSlide(slide, `slides[${i}].`)),
  };
}

function readSlide(value: unknown, at: string): Slide {
  const slide = record(value, at.slice(0, -1));
  const kind = SLIDE_KINDS.find((k) => k === slide.kind);
  if (kind === undefined) throw new Error(`"${at}kind" must be one of ${SLIDE_KINDS.join(', ')}`);
  let section: SectionId | undefined;
  if (slide.section !== undefined) {
    section = slideSection(slide.section);
    if (section === undefined) throw new Error(`"${at}section" must be one of ${SECTION_IDS.join(', ')}`);
  }
  const sources = slide.sources;
  if (!Array.isArray(sources) || !sources.every((n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0)) {
    throw new Error(`"${at}sources" must be an array of sentence indices`);
  }
  return {
    kind,
    ...(section === undefined ? {} : { section }),
    title: stringField(slide, 'title', at),
    body: stringField(slide, 'body', at),
    notes: stringField(slide, 'notes', at),
    sources: [...(sources as number[])],
  };
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} must be a JSON object`);
  return value as Record<string, unknown>;
}

function stringField(from: Record<string, unknown>, key: string, at: string): string {
  const value = from[key];
  if (typeof value !== 'string') throw new Error(`"${at}${key}" must be a string`);
  return sanitizeText(value);
}

function optionalText(from: Record<string, unknown>, key: string, at: string): string | undefined {
  return from[key] === undefined ? undefined : stringField(from, key, at);
}
