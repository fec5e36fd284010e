// The last resort for a bullet still over the hard limit: a subordinate clause that closes the sentence without a comma.
import type { Lang } from '../../article/article';
import lexicon from '../bullet-lexicon.json';
import type { Segment } from '../clause-segments';
import type { Span } from '../kept-text';
import { quotedSpans } from '../quoted-spans';
import type { RemovablePart } from './part';
import { countWordsIn, foldCase, holdsNumberOutside, startsWithAny } from './text';

/** The main clause keeps at least this many words before the subordinate clause. */
const MIN_HEAD_WORDS = 10;
/** The subordinate clause has at least this many words: its subject and verb. */
const MIN_CLAUSE_WORDS = 3;

const OPENERS: Readonly<Record<Lang, readonly string[]>> = {
  fr: lexicon.fr.closingSubordinators.map((w) => w.toLowerCase()),
  en: lexicon.en.closingSubordinators.map((w) => w.toLowerCase()),
};

/**
 * "Shares fell 12% in early trading after it warned that annual profit would be lower…", "… alors que les relations se
 * sont dégradées…": a subordinate clause of time, cause or contrast inside the main segment, to the sentence's end. Tier
 * 4 (only a bullet still over the hard limit loses it), never one holding a number or figure, a quotation, or within the clause's
 * first words; from the last such opener back, so that the shortest goes first.
 */
export function addClosingSubordinate(text: string, main: Segment, stop: number, lang: Lang, dateSpans: readonly Span[], protectedSpans: readonly Span[], out: RemovablePart[]): void {
  const lower = foldCase(text.slice(main.start, main.end));
  const quoted = quotedSpans(text);
  const found: number[] = [];
  for (const m of lower.matchAll(/\s(?=\S)/gu)) {
    const at = main.start + m.index;
    if (!startsWithAny(lower.slice(m.index + 1, m.index + 1 + OPENER_REACH), OPENERS[lang])) continue;
    if (countWordsIn(text, main.start, at) < MIN_HEAD_WORDS || countWordsIn(text, at, stop) < MIN_CLAUSE_WORDS) continue;
    if (quoted.some((q) => q.start <= at && at < q.end)) continue;
    found.push(at);
  }
  for (const start of found.reverse()) {
    const part = { start, end: stop };
    if (holdsNumberOutside(text, part, dateSpans) || protectedSpans.some((p) => p.start < stop && start < p.end) || quoted.some((q) => q.start >= start)) break;
    out.push({ ...part, kind: 'trailing', tier: 4, opensSentence: false });
  }
}

const OPENER_REACH = 16;
