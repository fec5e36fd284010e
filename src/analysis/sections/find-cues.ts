// Finding a sentence's cues while its tokens are at hand: every lexicon's occurrences with their
// negation, and the words it shares with the title.
import type { Lang } from '../../article/article';
import { NUMBER, classAt } from '../char-class';
import type { CueMatch } from '../cue-matcher';
import { GAZETTEER } from '../gazetteer';
import type { Template } from '../template';
import type { Token } from '../tokenize';
import { compile } from './compiled-template';
import { addCue, addTitleWord, NO_ENTRIES, type SentenceCues } from './cue-entries';

/** Punctuation between two words that ends a negation's reach: a comma, a colon or semicolon, a bracket, a quotation mark. */
const SCOPE_BREAK = /[,;:()[\]«»“”"]/u;

/** A crude stem for title overlap: the first six letters (généraux = général, Soudan = soudanaise). */
function stem(key: string): string | undefined {
  if (key.length < 4 || (classAt(key, 0) & NUMBER) !== 0 || GAZETTEER.functionWords.has(key) || GAZETTEER.numberWords.has(key)) return undefined;
  return key.slice(0, 6);
}

/** The stems of a title's words (what the title overlap compares). */
export function titleStems(titleTokens: readonly Token[]): ReadonlySet<string> {
  const stems = new Set<string>();
  for (const t of titleTokens) {
    const s = stem(t.key);
    if (s !== undefined) stems.add(s);
  }
  return stems;
}

/** Finds a sentence's cues for every section of the template; what scoreSections needs, so the tokens can go. */
export function findSentenceCues(
  text: string,
  tokens: readonly Token[],
  template: Template,
  lang: Lang,
  stems: ReadonlySet<string>,
): SentenceCues {
  const compiledTemplate = compile(template, lang);
  const lists = compiledTemplate.cues.matchSets(tokens);
  const window = template.negation.window;
  const isNegated = (m: CueMatch): boolean => {
    for (let k = m.first - 1; k >= Math.max(0, m.first - window); k--) {
      // A negation's reach ends at a phrase boundary: "no" in a quoted “no limits” or before a comma governs its own words.
      if (SCOPE_BREAK.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
      if (compiledTemplate.negation.has(tokens[k]!.key)) return true;
    }
    return false;
  };
  const sectionCount = compiledTemplate.ids.length;
  let found: (string | number)[] | undefined;
  for (let set = 0; set < lists.length; set++) {
    for (const m of lists[set]!) {
      // Crisis cues count as written: a negation lowers only section cues.
      addCue((found ??= []), set, m.pattern, m.first, m.last, tokens[m.first]!.start, tokens[m.last]!.end, set < sectionCount && isNegated(m));
    }
  }
  let titleWords: string[] | undefined;
  if (stems.size > 0) {
    for (const t of tokens) {
      const s = stem(t.key);
      if (s !== undefined && stems.has(s)) addTitleWord((titleWords ??= []), s, t.text);
    }
  }
  return { found: found ?? NO_ENTRIES, titleWords: titleWords ?? NO_ENTRIES };
}
