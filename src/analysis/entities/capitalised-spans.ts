// Pass C: runs of capitalised words (joined by of / de / al…), split at the roles inside them, each
// handed to classification.
import { isUpperWord } from '../char-class';
import { roleStartingAt } from '../role-index';
import { classify } from './classify';
import { FR_ADJECTIVE } from './entity-words';
import { gap, isSpaceGap } from './gaps';
import { keyWords, type SentenceScan } from './scan-state';
import { isCapitalised } from './word-shape';

/** The last token of the capitalised run that starts at token i (a known place after "Bank of" joins it). */
function runEnd(scan: SentenceScan, i: number): number {
  const { tokens, info, used, sentence: s } = scan;
  const gz = scan.article.gz;
  let j = i;
  for (;;) {
    if (info[j]!.cut !== undefined) break;
    const next = j + 1;
    if (next >= tokens.length) break;
    if (isSpaceGap(s, j, next) && !used[next] && info[next]!.isName && !gz.functionWords.has(tokens[next]!.key)) {
      j = next;
      continue;
    }
    if (isSpaceGap(s, j, next) && gz.connectors.has(tokens[next]!.key) && !used[next]) {
      // of / de / al… joins two capitalised parts; "of the" too.
      let k = next + 1;
      if (k < tokens.length && gz.connectors.has(tokens[k]!.key) && !info[k]!.isName && isSpaceGap(s, next, k)) k++;
      if (k < tokens.length && info[k]!.isName && isSpaceGap(s, k - 1, k)) {
        if (!used[k]) {
          j = k;
          continue;
        }
        // Bank of England, Gulf of Venezuela: a known place after an organisation or place word joins the name.
        const place = scan.mentionAt(k)?.kind === 'place' ? scan.owner[k] : undefined;
        const spanHasOrgWord = tokens.slice(i, j + 1).some((w) => (gz.orgWords.has(w.key) && !gz.companySuffixes.has(w.key)) || gz.placeWords.has(w.key));
        if (place !== undefined && spanHasOrgWord && !scan.removed.has(place)) {
          scan.removed.add(place);
          j = place.last;
          continue;
        }
      }
      break;
    }
    if (gap(s, j, next) === ' (' && info[next]!.isName && !used[next] && gap(s, next, next + 1) === ') ' && info[next + 1]?.isName === true && !used[next + 1]) {
      j = next + 1;
      continue;
    }
    break;
  }
  return j;
}

/** French organisation names go on with adjectives (Union européenne, Nations unies) and a complement ending in a name (Front de libération de l'Azawad). */
function frenchOrganisationEnd(scan: SentenceScan, i: number, j: number): number {
  const { tokens, info, used, sentence: s } = scan;
  const gz = scan.article.gz;
  let k = j + 1;
  while (k < tokens.length && k <= j + 3 && !used[k] && isSpaceGap(s, k - 1, k) && /^\p{Ll}/u.test(tokens[k]!.text) && FR_ADJECTIVE.test(tokens[k]!.key)) k++;
  j = k - 1;
  if (j !== i) return j;
  let lowercase = 0;
  for (let m = j + 1; m < tokens.length && m <= j + 7; m++) {
    if (!isSpaceGap(s, m - 1, m) && !/^\s*['’]\s*$/u.test(gap(s, m - 1, m))) break;
    const w = tokens[m]!;
    if (gz.connectors.has(w.key) || w.key === 'l' || w.key === 'pour') continue;
    if (info[m]!.isName) {
      const place = scan.mentionAt(m)?.kind === 'place' ? scan.owner[m] : undefined;
      const afterConnector = gz.connectors.has(tokens[m - 1]!.key) || tokens[m - 1]!.key === 'l';
      if (lowercase > 0 && afterConnector && (!used[m] || place !== undefined)) {
        if (place !== undefined) scan.removed.add(place);
        j = place?.last ?? m;
      }
      break;
    }
    if (!/^\p{Ll}/u.test(w.text) || ++lowercase > 3) break;
  }
  return j;
}

/** Splits tokens i..j at the roles inside them (Treasury Secretary Scott Bessent, President (Donald) Trump) and classifies each part. */
function segment(scan: SentenceScan, i: number, j: number): void {
  const { tokens } = scan;
  const { gz, roles, allRoles } = scan.article;
  let k = i;
  let pendingRole: string | undefined;
  let runStart = i;
  const flush = (a: number, b: number, role: string | undefined): void => {
    if (a > b) return;
    classify(scan, a, b, role);
  };
  while (k <= j) {
    // "Bruno Le Maire": a role word after a capitalised particle that follows a name is a surname.
    const isSurname = k - 2 >= i && gz.connectors.has(tokens[k - 1]!.key) && isCapitalised(tokens[k - 1]!.text);
    const n = isSurname ? 0 : Math.max(roleStartingAt(tokens, k, roles), roleStartingAt(tokens, k, allRoles));
    if (n > 0) {
      flush(runStart, k - 1, pendingRole);
      pendingRole = keyWords(tokens, k, k + n - 1).join(' ');
      // "Députée du Finistère": the name after "role of" completes the role (classify reads it so).
      if (k + n <= j && gz.employerOfWords.has(tokens[k + n]!.key) && !gz.employerTitles.has(pendingRole)) pendingRole = undefined;
      k += n;
      runStart = k;
      continue;
    }
    k++;
  }
  flush(runStart, j, pendingRole);
}

/** Records the names among the sentence's capitalised words the earlier passes left. */
export function findCapitalisedSpans(scan: SentenceScan): void {
  const { tokens, info, used } = scan;
  const { gz, lang, midCapitals } = scan.article;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || !info[i]!.isName) continue;
    const t = tokens[i]!;
    if (gz.functionWords.has(t.key) || gz.notNames.has(t.key)) continue;
    let j = runEnd(scan, i);
    if (lang === 'fr' && gz.orgWords.has(t.key)) j = frenchOrganisationEnd(scan, i, j);
    // A sentence-initial word counts only when the article capitalises it elsewhere, or a name follows.
    if (info[i]!.isInitial && i === j && !midCapitals.has(t.key) && !isUpperWord(t.text)) continue;
    segment(scan, i, j);
    i = j;
  }
}
