// Read text to an Article: front matter, language, title, sentences, source and date.
import { UnusableInputError } from '../input-error';
import type { Article, Lang, Sentence } from './article';
import type { Block } from './blocks';
import { splitBlocks } from './blocks';
import type { Dateline } from './dateline';
import { readDateline } from './dateline';
import { splitFrontMatter } from './front-matter';
import { splitHeaderLines } from './header-lines';
import { removeFurniture } from './furniture';
import type { FurnitureMode } from './furniture';
import { detectLanguage, langFromFrontMatter } from './language';
import { cutLeadTitle } from './lead-title';
import type { Unit } from './sentences';
import { collapse, HAS_WORD, unitsOfBlocks } from './sentences';

/** How to read an article. */
export interface ParseArticleOptions {
  /** Force the language (`--lang fr|en`); otherwise front matter `lang`, then detection. */
  readonly lang?: Lang;
  /** Remove pasted page furniture only when the text shows signs of it (`auto`, the default), or `always` (a web page's text). */
  readonly furniture?: FurnitureMode;
}

/** The longest first line taken as a title. */
const MAX_TITLE_LINE = 120;

/** The warning for a text that is neither French nor English. */
export const UNKNOWN_LANGUAGE_WARNING = 'language not recognised as French or English; titles in English (use --lang fr|en)';

/**
 * Builds the Article of a read text: language (option, front matter `lang`, detection, else
 * English with a warning), title as DESIGN.md orders it, subtitle, source and date (front matter,
 * else a dateline, else a byline or publication line), and the body's units, pasted page furniture
 * removed first (furniture.ts). Throws UnusableInputError when there is no unit at all.
 */
export function parseArticle(text: string, options: ParseArticleOptions = {}): Article {
  const frontMatter = splitFrontMatter(text);
  // Without front matter, a header of `source:`, `lang:`, `date:` lines under the title holds the same fields.
  const { fields, body: rawBody } = frontMatter.raw === null ? splitHeaderLines(text) : frontMatter;
  const cleaned = removeFurniture(rawBody, options.furniture ?? 'auto');
  const body = cleaned.body;
  const warnings: string[] = [];
  let lang = options.lang ?? langFromFrontMatter(fields['lang']) ?? detectLanguage(body);
  if (lang === null) {
    warnings.push(UNKNOWN_LANGUAGE_WARNING);
    lang = 'en';
  }

  let blocks = splitBlocks(body);
  let title = field(fields['title']);
  if (title !== undefined) {
    const first = blocks[0];
    if (first?.kind === 'heading' && first.level === 1 && collapse(first.text) === title) blocks = blocks.slice(1);
  } else {
    const found = titleBlock(blocks);
    if (found !== null) {
      title = collapse(found.text);
      blocks = blocks.filter((block) => block !== found);
    }
  }

  const units: Unit[] = unitsOfBlocks(blocks, lang);
  const dateline = takeDateline(units);
  if (units.length === 0) throw new UnusableInputError('has no sentence; give an article with at least one sentence of text');

  const sentences: Sentence[] = units.map((unit, index) => ({
    index,
    text: unit.text,
    paragraph: unit.paragraph,
    kind: unit.kind,
  }));
  if (title === undefined) {
    const leadSentence = sentences.find((sentence) => sentence.kind === 'sentence') ?? (sentences[0] as Sentence);
    title = cutLeadTitle(withoutDateline(leadSentence.text), lang);
  }
  const subtitle = field(fields['sub_title']) ?? field(fields['description']);
  const source = field(fields['source']) ?? dateline?.source;
  const date = field(fields['date']) ?? dateline?.date ?? cleaned.date;
  return {
    lang,
    title,
    ...(subtitle === undefined ? {} : { subtitle }),
    ...(source === undefined ? {} : { source }),
    ...(date === undefined ? {} : { date }),
    sentences: renumberParagraphs(sentences),
    warnings,
    ...(cleaned.removed.length === 0 ? {} : { removed: cleaned.removed }),
  };
}

/**
 * The block that gives the title: the first level-1 heading before the first sentence, else a
 * first line of at most 120 characters, without final full stop, followed by a blank line and
 * more text. Null when the lead sentence must give it.
 */
function titleBlock(blocks: readonly Block[]): Block | null {
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === 1) return block;
    if (block.kind === 'paragraph') break;
  }
  const first = blocks[0];
  if (first === undefined || first.kind === 'item' || first.lineCount !== 1 || !first.blankAfter) return null;
  const text = collapse(first.text);
  if (Array.from(text.slice(0, MAX_TITLE_LINE * 2 + 1)).length > MAX_TITLE_LINE || text.endsWith('.')) return null;
  if (readDateline(text) !== null) return null;
  return blocks.slice(1).some((block) => HAS_WORD.test(block.text)) ? first : null;
}

/** How many units from the start a dateline is looked for in (a byline may come first). */
const DATELINE_REACH = 3;

/** The sentence without the dateline that opens it ("WASHINGTON (Reuters) – …" → "…"). */
export function withoutDateline(sentence: string): string {
  const dateline = readDateline(sentence);
  return dateline !== null && HAS_WORD.test(dateline.rest) ? dateline.rest : sentence;
}

/**
 * Finds a dateline opening one of the first paragraphs' first sentence and returns it. The
 * sentence keeps it (it is the article's text); a dateline that is the whole unit is dropped.
 */
function takeDateline(units: Unit[]): Dateline | null {
  for (let i = 0; i < Math.min(units.length, DATELINE_REACH); i++) {
    const unit = units[i] as Unit;
    const opensParagraph = i === 0 || units[i - 1]?.paragraph !== unit.paragraph;
    if (unit.kind !== 'sentence' || !opensParagraph) continue;
    const dateline = readDateline(unit.text);
    if (dateline === null) continue;
    if (!HAS_WORD.test(dateline.rest)) units.splice(i, 1);
    return dateline;
  }
  return null;
}

/** Paragraph numbers from 0, without gaps (a title block taken out leaves none). */
function renumberParagraphs(sentences: readonly Sentence[]): Sentence[] {
  const numbers = new Map<number, number>();
  return sentences.map((sentence) => {
    let paragraph = numbers.get(sentence.paragraph);
    if (paragraph === undefined) {
      paragraph = numbers.size;
      numbers.set(sentence.paragraph, paragraph);
    }
    return paragraph === sentence.paragraph ? sentence : { ...sentence, paragraph };
  });
}

function field(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = collapse(value);
  return text === '' ? undefined : text;
}
