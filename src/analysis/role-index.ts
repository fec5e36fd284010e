// A person's role before or after a name: an office or a form of address (président, Treasury Secretary,
// M.), from the gazetteer's `titles` lists, found in O(1) per token: roles indexed by their first and
// last word, so a lookup tries only the roles that can match there.
import type { Lang } from '../article/article';
import type { Gazetteer } from './gazetteer';
import type { Token } from './tokenize';

/** Roles (as folded words) indexed by their first and last word, in their list order. */
export interface RoleIndex {
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly byLast: ReadonlyMap<string, readonly (readonly string[])[]>;
}

const NO_ROLES: readonly (readonly string[])[] = [];

/** Indexes roles (lists of folded words) by first and last word, keeping their order. */
export function indexRoles(roles: readonly (readonly string[])[]): RoleIndex {
  const byFirst = new Map<string, (readonly string[])[]>();
  const byLast = new Map<string, (readonly string[])[]>();
  for (const role of roles) {
    const first = role[0];
    const last = role[role.length - 1];
    if (first === undefined || last === undefined) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), role]);
    byLast.set(last, [...(byLast.get(last) ?? []), role]);
  }
  return { byFirst, byLast };
}

/** The role (folded words joined by spaces) that ends at token `end`, the longest if several. */
export function roleEndingAt(tokens: readonly Token[], end: number, index: RoleIndex, text: string): string | undefined {
  let best: string | undefined;
  for (const role of index.byLast.get(tokens[end]!.key) ?? NO_ROLES) {
    const n = role.length;
    const start = end - n + 1;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (tokens[start + k]!.key !== role[k]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    // "M" and "Dr" as roles need their full stop or a capital name after them.
    if (n === 1 && (role[0] === 'm' || role[0] === 'me') && text[tokens[end]!.end] !== '.') continue;
    if (best === undefined || n > best.split(' ').length) best = role.join(' ');
  }
  return best;
}

/** The length (in tokens) of the longest role that starts at token `start`, or 0. */
export function roleStartingAt(tokens: readonly Token[], start: number, index: RoleIndex, limit = tokens.length): number {
  return longestRoleAt(tokens, start, index, limit)?.length ?? 0;
}

/** The longest role that starts at token `start` (the first listed among equals), or undefined. */
export function longestRoleAt(tokens: readonly Token[], start: number, index: RoleIndex, limit = tokens.length): readonly string[] | undefined {
  const first = tokens[start];
  if (first === undefined) return undefined;
  let best: readonly string[] | undefined;
  for (const role of index.byFirst.get(first.key) ?? NO_ROLES) {
    const n = role.length;
    if (start + n > limit || n <= (best?.length ?? 0)) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (tokens[start + k]!.key !== role[k]) {
        ok = false;
        break;
      }
    }
    if (ok) best = role;
  }
  return best;
}

/** A gazetteer's roles indexed per language and for both languages together. */
export type GazetteerRoles = Readonly<Record<Lang | 'all', RoleIndex>>;

const indexed = new WeakMap<Gazetteer, GazetteerRoles>();

/** The role indexes of a gazetteer, built on first use. */
export function gazetteerRoles(gz: Gazetteer): GazetteerRoles {
  let roles = indexed.get(gz);
  if (roles === undefined) {
    roles = { fr: indexRoles(gz.titles.fr), en: indexRoles(gz.titles.en), all: indexRoles([...gz.titles.fr, ...gz.titles.en]) };
    indexed.set(gz, roles);
  }
  return roles;
}
