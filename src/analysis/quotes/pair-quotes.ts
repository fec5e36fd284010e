// Quotation marks paired with a small state machine over the sentences of a paragraph, so a
// quotation may run over several sentences but never past its paragraph, and a stray or misused
// mark (» at a paragraph start, « used as a closing mark) pairs with nothing.
import { countWords } from '../../article/count-words';
import { isSpaceCode } from '../char-class';
import { dialogueQuotes } from './dialogue-quotes';

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

/** The fewest words of a quotation with a verb of saying close by (extractQuotes asks for the verb under three words); fewer, and pairing drops it. */
const MIN_WORDS_WITH_VERB = 1;

type Mark = 'guillemet' | 'curly' | 'straight';

/** The quotation left open: its mark, where its words start, how many of its marks are open inside it. */
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

/** The pairing state over an article's sentences. */
class QuotePairer {
  /** The quotations closed so far. */
  readonly quotes: RawQuote[] = [];
  private open: Open | undefined;

  constructor(private readonly sentences: readonly QuoteSentence[]) {}

  /** Reads the marks of sentence si (sentences in order). */
  read(si: number): void {
    const sentences = this.sentences;
    const text = sentences[si]!.text;
    const previous = sentences[si - 1];
    // A quotation left open does not run into another paragraph.
    if (this.open !== undefined && previous !== undefined && previous.paragraph !== sentences[si]!.paragraph) {
      this.close(si - 1, previous.text.length);
    }
    // Most characters are no quotation mark: one regular expression jumps from mark to mark.
    QUOTE_MARKS.lastIndex = 0;
    while (QUOTE_MARKS.test(text)) {
      const i = QUOTE_MARKS.lastIndex - 1;
      const c = text[i]!;
      if (c === '«' || c === '“' || c === '"' || c === '„') this.openingMark(si, i, c === '«' ? 'guillemet' : c === '"' ? 'straight' : 'curly');
      else if (c === '»' || c === '”') this.closingMark(si, i, c === '»' ? 'guillemet' : 'curly');
    }
  }

  /** Closes what is still open at the end of the article. */
  finish(): void {
    const last = this.sentences.length - 1;
    if (this.open !== undefined && last >= 0) this.close(last, this.sentences[last]!.text.length);
  }

  /** A « “ " or „ at offset i of sentence si: it opens, closes or nests. */
  private openingMark(si: number, i: number, mark: Mark): void {
    const text = this.sentences[si]!.text;
    const open = this.open;
    const after = nextNonSpace(text, i + 1);
    const before = i === 0 ? '' : text[i - 1]!;
    const looksClosing = after === '' || /[,.;:!?)»]/u.test(after);
    if (mark === 'straight' && open?.mark === 'straight') {
      // A straight mark after a word closes; one before a word opens a new quotation (the
      // previous one lost its closing mark, as BBC copy does between paragraphs).
      const atSentenceStart = prevNonSpace(text, i - 1) === '';
      if ((/\s/u.test(before) || (atSentenceStart && open.sentence !== si)) && after !== '' && !looksClosing) {
        if (open.sentence === si) this.close(si, i);
        else this.close(si - 1, this.sentences[si - 1]!.text.length);
        this.open = { mark, sentence: si, offset: i + 1, depth: 1 };
      } else {
        this.close(si, i);
      }
      return;
    }
    if (looksClosing && open !== undefined && open.mark === mark) {
      // « used as a closing mark (« … calendrier « ,).
      open.depth--;
      if (open.depth <= 0) this.close(si, i);
      return;
    }
    if (looksClosing) return;
    if (open !== undefined && open.mark === mark && mark !== 'straight') {
      if (open.sentence !== si && prevNonSpace(text, i - 1) === '') {
        // A new quotation at a sentence start while one is still open: the old one ended.
        this.close(si - 1, this.sentences[si - 1]!.text.length);
        this.open = { mark, sentence: si, offset: i + 1, depth: 1 };
      } else {
        open.depth++;
      }
      return;
    }
    if (open === undefined) this.open = { mark, sentence: si, offset: i + 1, depth: 1 };
  }

  /** A » or ” at offset i of sentence si: it closes a quotation opened with its pair. */
  private closingMark(si: number, i: number, mark: Mark): void {
    const open = this.open;
    if (open === undefined || open.mark !== mark) return;
    open.depth--;
    if (open.depth <= 0) this.close(si, i);
  }

  /** Ends the open quotation at offset endOffset of sentence endSentence and keeps it. */
  private close(endSentence: number, endOffset: number): void {
    const open = this.open;
    if (open === undefined) return;
    const ranges: QuoteRange[] = [];
    for (let s = open.sentence; s <= endSentence; s++) {
      const text = this.sentences[s]!.text;
      let a = s === open.sentence ? open.offset : 0;
      let b = s === endSentence ? endOffset : text.length;
      while (a < b && /\s/u.test(text[a]!)) a++;
      while (b > a && /[\s,]/u.test(text[b - 1]!)) b--;
      if (b > a) ranges.push({ sentence: s, start: a, end: b });
    }
    this.open = undefined;
    const text = ranges.map((r) => this.sentences[r.sentence]!.text.slice(r.start, r.end)).join(' ');
    const words = countWords(text);
    if (words >= MIN_WORDS_WITH_VERB) this.quotes.push({ text, ranges, words });
  }
}

/** Finds the quotations of an article, in article order: paired marks, then the answers of dialogue interviews (linear). */
export function findQuotes(sentences: readonly QuoteSentence[]): RawQuote[] {
  const pairer = new QuotePairer(sentences);
  for (let si = 0; si < sentences.length; si++) pairer.read(si);
  pairer.finish();
  const paired = new Set(pairer.quotes.flatMap((q) => q.ranges.map((r) => r.sentence)));
  const answers = dialogueQuotes(sentences, paired);
  if (answers.length === 0) return pairer.quotes;
  const at = (q: RawQuote): number => q.ranges[0]!.sentence;
  return [...pairer.quotes, ...answers].sort((x, y) => at(x) - at(y) || x.ranges[0]!.start - y.ranges[0]!.start);
}
