// The analysis as `briefing analyze --json` prints it: schema briefing.analysis/1, keys in DESIGN.md's order,
// exactly the text of JSON.stringify(…, null, 2). Written by hand for the few shapes it has, in pieces (one
// per list item): a 10 MB article makes ~37 MB of JSON, and the generic indenting JSON.stringify of every item
// (then re-indented) cost a large part of the whole `analyze` there.
import type { Analysis, AnalyzedSection, AnalyzedSentence, Candidate, DateMention, Entity, Figure, Quote, Support } from './analysis';

// Indentation of the lists' items (depth 2) and of what they hold (depths 3 to 5).
const ITEM = '\n    ';
const FIELD = '\n      ';
const INNER = '\n        ';
const INNER_FIELD = '\n          ';
const INNER_ITEM = '\n            ';

/** What JSON.stringify escapes in a string: quote, backslash, control characters and (lone) surrogates. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The JSON string of `text`: most texts need no escape, and quoting them is far cheaper to build and write. */
function str(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

function num(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

/** A list of strings or numbers whose items sit at indentation `itemPad` and its closing bracket one level out. */
function flatList(items: readonly (string | number)[], itemPad: string): string {
  if (items.length === 0) return '[]';
  let out = '[';
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    out += `${i === 0 ? '' : ','}${itemPad}${typeof item === 'string' ? str(item) : num(item)}`;
  }
  return `${out}${itemPad.slice(0, -2)}]`;
}

function candidateJson(c: Candidate): string {
  return `{${INNER_FIELD}"section": ${str(c.section)},${INNER_FIELD}"score": ${num(c.score)},${INNER_FIELD}"cues": ${flatList(c.cues, INNER_ITEM)}${INNER}}`;
}

function supportJson(x: Support): string {
  return `{${INNER_FIELD}"section": ${str(x.section)},${INNER_FIELD}"from": ${flatList(x.from, INNER_ITEM)}${INNER}}`;
}

/** A list of objects whose items sit at depth 4. */
function objectList<T>(items: readonly T[], write: (item: T) => string): string {
  return items.length === 0 ? '[]' : `[${items.map((item) => `${INNER}${write(item)}`).join(',')}${FIELD}]`;
}

function sentenceJson(s: AnalyzedSentence): string {
  const support = s.support === undefined ? '' : `,${FIELD}"support": ${objectList(s.support, supportJson)}`;
  return (
    `{${FIELD}"index": ${num(s.index)},${FIELD}"text": ${str(s.text)},${FIELD}"sections": ${flatList(s.sections, INNER)},` +
    `${FIELD}"cues": ${flatList(s.cues, INNER)},${FIELD}"candidates": ${objectList(s.candidates, candidateJson)}${support}${ITEM}}`
  );
}

function sectionJson(s: AnalyzedSection): string {
  return `{${FIELD}"id": ${str(s.id)},${FIELD}"title": ${str(s.title)},${FIELD}"sentences": ${flatList(s.sentences, INNER)},${FIELD}"opening": ${s.opening}${ITEM}}`;
}

function entityJson(e: Entity): string {
  return `{${FIELD}"name": ${str(e.name)},${FIELD}"kind": ${str(e.kind)},${FIELD}"mentions": ${flatList(e.mentions, INNER)}${ITEM}}`;
}

function placedJson(item: Figure | DateMention): string {
  return `{${FIELD}"text": ${str(item.text)},${FIELD}"sentence": ${num(item.sentence)}${ITEM}}`;
}

function quoteJson(q: Quote): string {
  const speaker = q.speaker === undefined ? '' : `${FIELD}"speaker": ${str(q.speaker)},`;
  return `{${FIELD}"text": ${str(q.text)},${speaker}${FIELD}"sentence": ${num(q.sentence)}${ITEM}}`;
}

/** One top-level list, `,\n  "key": [ … ]`, one piece per item. */
function* listJson<T>(key: string, items: readonly T[], write: (item: T) => string): Generator<string> {
  if (items.length === 0) {
    yield `,\n  "${key}": []`;
    return;
  }
  yield `,\n  "${key}": [`;
  for (let i = 0; i < items.length; i++) yield `${i === 0 ? '' : ','}${ITEM}${write(items[i]!)}`;
  yield '\n  ]';
}

/** The JSON text of an analysis in pieces, one per list item; joined, they are `analysisToJson(analysis)`. */
export function* analysisJsonPieces(analysis: Analysis): Generator<string> {
  yield `{\n  "schema": "briefing.analysis/1",\n  "lang": ${str(analysis.lang)},\n  "title": ${str(analysis.title)}`;
  yield* listJson('sentences', analysis.sentences, sentenceJson);
  yield* listJson('sections', analysis.sections, sectionJson);
  yield* listJson('entities', analysis.entities, entityJson);
  yield* listJson('figures', analysis.figures, placedJson);
  yield* listJson('quotes', analysis.quotes, quoteJson);
  yield* listJson('dates', analysis.dates, placedJson);
  yield '\n}\n';
}

/** The JSON text of an analysis: `{"schema":"briefing.analysis/1", …}`, 2-space indented, with a final newline. */
export function analysisToJson(analysis: Analysis): string {
  return [...analysisJsonPieces(analysis)].join('');
}
