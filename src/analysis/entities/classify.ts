// Classification: a capitalised span trimmed to its name, then typed a person, place or organisation
// by its words and the words around it, and recorded as a mention with how sure its kind is.
import type { EntityKind } from '../analysis';
import { isUpperWord } from '../char-class';
import { isDemonym } from '../gazetteer';
import { ARTICLES, FR_NATIONALITY_NOUN, MINISTER_WORDS, NATIONALITY_DETERMINERS } from './entity-words';
import { cuesBefore, hasCompanyCue, isLeaderName, isOpeningDateline, isPlaceByContext, roleAfter } from './intro-cues';
import { keyWords, type SentenceScan } from './scan-state';
import { NO_ROLES, STRENGTH, type Mention } from './types';
import { isCapitalised } from './word-shape';


/** Whether token k is a nationality word (a capitalised French one is a noun: les Soudanais stays out, Français…). */
function isNationality(scan: SentenceScan, k: number): boolean {
  const { gz, lang } = scan.article;
  const t = scan.tokens[k]!;
  return gz.demonyms.has(t.key) || (isDemonym(gz, t.key) && !(lang === 'fr' && isCapitalised(t.text)));
}

/** Whether token a follows "de", "du", "des", "d'", "of", with an article or not (de l'Industrie, of the Treasury). */
function isAfterOf(scan: SentenceScan, a: number): boolean {
  const { tokens } = scan;
  let k = a - 1;
  if (k >= 0 && ARTICLES.has(tokens[k]!.key)) k--;
  return k >= 0 && scan.article.gz.employerOfWords.has(tokens[k]!.key) || (k >= 0 && tokens[k]!.key === 'des');
}

/** The token of the noun before "de (l')" ahead of token a, if any. */
function headBefore(scan: SentenceScan, a: number): number | undefined {
  let k = a - 1;
  if (k >= 0 && ARTICLES.has(scan.tokens[k]!.key)) k--;
  return k >= 1 ? k - 1 : undefined;
}

/** Whether the one word at token a is no name on its own (a nationality, a month, a number, a lexicon word, a numeral…). */
function isNoSingleName(scan: SentenceScan, a: number): boolean {
  const { gz, lang, isCommonWord } = scan.article;
  const t = scan.tokens[a]!;
  if (isNationality(scan, a) || gz.notNames.has(t.key) || gz.calendarWords.has(t.key) || gz.functionWords.has(t.key)) return true;
  if (t.key.split('-').every((p) => gz.numberWords.has(p))) return true;
  if (!isUpperWord(t.text) && isCommonWord(t.key)) return true;
  if (isUpperWord(t.text) && t.text.replace(/[^\p{L}]/gu, '').length <= 1) return true;
  // French nationality nouns: les Soudanais, des Européens.
  if (lang === 'fr' && FR_NATIONALITY_NOUN.test(t.key) && a > 0 && NATIONALITY_DETERMINERS.has(scan.tokens[a - 1]!.key)) return true;
  return /^[IVXLC]+$/.test(t.text);
}

/**
 * Tokens a..b without connectors, function words and (outside organisation names) nationalities at
 * the edges, nor a minister's portfolio at the start; undefined when no name is left.
 */
function trimToName(scan: SentenceScan, a: number, b: number): { a: number; b: number } | undefined {
  const { tokens } = scan;
  const gz = scan.article.gz;
  const hasOrgWord = keyWords(tokens, a, b).some((w) => gz.orgWords.has(w));
  const isEdgeAt = (k: number): boolean => gz.connectors.has(tokens[k]!.key) || gz.functionWords.has(tokens[k]!.key) || (!hasOrgWord && isNationality(scan, k));
  while (a < b && isEdgeAt(a)) a++;
  while (b > a && isEdgeAt(b)) b--;
  // A portfolio after "ministre de l'", "ministère de la", "secretary of" is not a name: "ministre de
  // l'Industrie Hélène Vasseur" names Hélène Vasseur; "ministère de la Santé" is the ministry.
  const portfolioHead = isAfterOf(scan, a) && gz.portfolios.has(tokens[a]!.key) ? headBefore(scan, a) : undefined;
  if (portfolioHead !== undefined && MINISTER_WORDS.has(tokens[portfolioHead]!.key)) {
    const head = portfolioHead;
    if ((tokens[head]!.key === 'ministere' || tokens[head]!.key === 'ministry') && !isCapitalised(tokens[head]!.text)) {
      scan.push(head, a, 'organisation', STRENGTH.orgWord);
    }
    if (a === b) return undefined;
    a++;
  }
  if (gz.connectors.has(tokens[a]!.key) || gz.functionWords.has(tokens[a]!.key) || gz.eventWords.has(tokens[a]!.key)) return undefined;
  if (a === b && isNoSingleName(scan, a)) return undefined;
  return { a, b };
}

/** A span's kind and how sure it is, from its words, its role and what the words around it say. */
function kindOf(scan: SentenceScan, a: number, b: number, spanWords: readonly string[], role: string | undefined, intro: EntityKind | undefined, isCompany: boolean): { kind: EntityKind; strength: number } {
  const gz = scan.article.gz;
  const tokens = scan.tokens;
  if (spanWords.some((w) => gz.orgWords.has(w))) return { kind: 'organisation', strength: STRENGTH.orgWord };
  if (spanWords.some((w) => gz.placeWords.has(w))) return { kind: 'place', strength: STRENGTH.orgWord };
  if (role !== undefined) return { kind: 'person', strength: STRENGTH.role };
  if (intro !== undefined) return { kind: intro, strength: isCompany ? STRENGTH.company : STRENGTH.intro };
  if (spanWords.length >= 2 && gz.givenNames.has(spanWords[0]!)) return { kind: 'person', strength: STRENGTH.givenName };
  if (a === b && isUpperWord(tokens[a]!.text)) return { kind: 'organisation', strength: STRENGTH.intro };
  if (spanWords.length >= 2 && tokens.slice(a, b + 1).every((w) => isUpperWord(w.text) && w.text.length >= 2)) return { kind: 'organisation', strength: STRENGTH.intro };
  if (spanWords.length >= 2 && spanWords.length <= 4) return { kind: 'person', strength: STRENGTH.shape };
  return { kind: 'organisation', strength: 0 };
}

/** Aliases: "Mohammed Hamdan Daglo, dit « Hemetti »", "known as X" link mention m (at token a) to the person before. */
function linkAliases(scan: SentenceScan, a: number, m: Mention): void {
  const { tokens, owner, removed } = scan;
  for (const intro of scan.article.gz.aliasIntros) {
    const n = intro.length;
    const at = a - n;
    if (at < 1) continue;
    if (!intro.every((w, k) => tokens[at + k]!.key === w)) continue;
    const candidate = owner[at - 1];
    const previous = candidate !== undefined && candidate.last === at - 1 && candidate !== m && !removed.has(candidate) ? candidate : undefined;
    if (previous !== undefined && previous.kind === 'person') scan.article.aliasLinks.push([previous.key, m.key]);
  }
}

/** Classifies tokens a..b of a capitalised run (`roleInSpan`: a role the run held before them) and records the mention. */
export function classify(scan: SentenceScan, a0: number, b0: number, roleInSpan: string | undefined): void {
  const span = trimToName(scan, a0, b0);
  if (span === undefined) return;
  const { a, b } = span;
  const { tokens, info } = scan;
  const end = info[b]!.cut === undefined ? undefined : tokens[b]!.start + info[b]!.cut!;
  const spanWords = keyWords(tokens, a, b);
  let { role, intro } = cuesBefore(scan, a, roleInSpan);
  if (intro === undefined && role === undefined && a === b && isLeaderName(scan, a, b)) intro = 'person';
  // Company cues around the name: "Baltica investors", "Baltica's shares", "shares in Baltica".
  const isCompany = role === undefined && intro !== 'organisation' && hasCompanyCue(scan, a, b);
  if (isCompany) intro = 'organisation';
  if (intro === undefined && isPlaceByContext(scan, a, b, role !== undefined)) intro = 'place';
  if (isOpeningDateline(scan, a, b)) intro = 'place';
  if (role === undefined) role = roleAfter(scan, b, spanWords.length);
  const { kind, strength } = kindOf(scan, a, b, spanWords, role, intro, isCompany);
  // In a byline or credit line only known places count ("in London"), not the reporters' names.
  if (scan.sentence.isCredit) return;
  const m = scan.push(a, b, kind, strength, undefined, end, role === undefined || kind !== 'person' ? NO_ROLES : [role]);
  linkAliases(scan, a, m);
}
