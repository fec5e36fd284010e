// What the speaker search reads of the article, and the lookups it shares: verbs of saying, roles,
// the last person named before a point, the names of a range of tokens.
import type { Lang } from '../../article/article';
import type { Entity } from '../analysis';
import type { EntitySpan } from '../entities/entity-scanner';
import { GAZETTEER } from '../gazetteer';
import { lowerBound } from '../lower-bound';
import { gazetteerRoles, longestRoleAt } from '../role-index';
import type { Token } from '../tokenize';
import { isQuoted, type QuotedMask } from './quoted-mask';

/** What the speaker finder needs to know about the article. */
export interface SpeakerContext {
  /** The article's language. */
  readonly lang: Lang;
  /** Sentence texts. */
  readonly texts: readonly string[];
  /** The tokens of a sentence (asked only for sentences that quotations cover, mostly in article order). */
  readonly tokensOf: (sentence: number) => readonly Token[];
  /** The entities. */
  readonly entities: readonly Entity[];
  /** Entity mentions per sentence, in text order. */
  readonly spans: readonly (readonly EntitySpan[])[];
  /** Folded roles per entity. */
  readonly roles: readonly (readonly string[])[];
}

/** How many earlier mentions a pronoun or a role is resolved against. */
const LOOK_BACK = 60;

/** Whether token `token` of `sentence` starts inside a quotation. */
export function isQuotedToken(ctx: SpeakerContext, mask: QuotedMask, sentence: number, token: number): boolean {
  return isQuoted(mask, ctx.tokensOf, sentence, token);
}

/** Whether a token is a verb of saying in the language (or ends with an inverted subject). */
export function isSpeechVerb(token: Token, lang: Lang): boolean {
  if (GAZETTEER.speechVerbs[lang].has(token.key)) return true;
  // "a-t-il", "répondent-elles": an inverted subject ends the verb.
  const key = token.key;
  return key.endsWith('-il') || key.endsWith('-elle') || key.endsWith('-ils') || key.endsWith('-elles');
}

/** The longest role of the language starting at token `i`, its words joined by spaces. */
export function roleAt(tokens: readonly Token[], i: number, lang: Lang): string | undefined {
  return longestRoleAt(tokens, i, gazetteerRoles(GAZETTEER)[lang])?.join(' ');
}

function hasRole(ctx: SpeakerContext, entity: number, role: string): boolean {
  return (ctx.roles[entity] ?? []).some((t) => t === role || t.endsWith(` ${role}`) || role.endsWith(` ${t}`));
}

/** The most recent person named before token `beforeToken` of `sentence` (outside quotations), maybe with a role. */
export function lastPerson(ctx: SpeakerContext, mask: QuotedMask, sentence: number, beforeToken: number, role?: string): number | undefined {
  let seen = 0;
  for (let s = sentence; s >= Math.max(0, sentence - 4) && seen < LOOK_BACK; s--) {
    const spans = ctx.spans[s] ?? [];
    for (let k = spans.length - 1; k >= 0 && seen < LOOK_BACK; k--) {
      const span = spans[k]!;
      if (s === sentence && span.first >= beforeToken) continue;
      seen++;
      if (isQuotedToken(ctx, mask, s, span.first) || ctx.entities[span.entity]?.kind !== 'person') continue;
      if (role !== undefined && !hasRole(ctx, span.entity, role)) continue;
      return span.entity;
    }
  }
  return undefined;
}

/** The spans of sentence s whose first token lies in [lo, hi], outside quotations. */
export function unquotedSpansBetween(ctx: SpeakerContext, mask: QuotedMask, s: number, lo: number, hi: number): EntitySpan[] {
  const spans = ctx.spans[s] ?? [];
  const a = lowerBound(spans, (span) => span.first < lo);
  const out: EntitySpan[] = [];
  for (let k = a; k < spans.length && spans[k]!.first <= hi; k++) out.push(spans[k]!);
  return out.filter((sp) => !isQuotedToken(ctx, mask, s, sp.first));
}
