// Bylines, wire credits and page furniture pasted with a story, by the patterns of credit-lines.json:
// "By Anna Hirtenstein, Marwa Rashad…", "(Reporting by …; Editing by …)", "(avec AFP)", photo captions
// and credits ("(Photo: …)", "© AFP"), links to other stories ("Lire aussi : …"), key-points headings.
import lines from './credit-lines.json';

const any = (alternatives: readonly string[]): string => `(?:${alternatives.join('|')})`;

const BYLINE = new RegExp(`^${any(lines.bylineLeads)}\\s+\\p{Lu}[^.!?]*$`, 'iu');
const CREDIT = new RegExp(`^\\(?\\s*(?:additional\\s+)?${any(lines.creditRoles)}\\s+by\\b`, 'iu');
const AGENCY_TAG = new RegExp(`^\\(?\\s*${any(lines.agencyTagLeads)}\\s+(?:l['’])?${any(lines.agencies)}\\s*\\)?\\.?$`, 'iu');
const CAPTION = new RegExp(`^\\(?\\s*${any(lines.captionLabels)}\\s*[:：]`, 'iu');
const READ_MORE = new RegExp(`^${any(lines.readMore)}\\s*(?:[:：].*)?$`, 'iu');
const KEY_POINTS = new RegExp(`^${any(lines.keyPoints)}\\s*:?$`, 'iu');
/** A byline longer than this many words is a sentence that starts with "By". */
const MAX_BYLINE_WORDS = 30;

/** Whether a unit is a byline, a credit line or page furniture (caption, link, key-points heading) rather than content. */
export function isCreditLine(text: string): boolean {
  const trimmed = text.trim();
  if (CREDIT.test(trimmed) || AGENCY_TAG.test(trimmed)) return true;
  if (trimmed.includes('©') || CAPTION.test(trimmed) || READ_MORE.test(trimmed) || KEY_POINTS.test(trimmed)) return true;
  return BYLINE.test(trimmed) && trimmed.split(/\s+/u).length <= MAX_BYLINE_WORDS;
}
