// The built gazetteer as JSON (gazetteer-index.json, written by `npm run gazetteer`): loading it costs
// a few milliseconds where building it from gazetteer.json (thousands of names tokenized and folded)
// cost ~45 ms before the first frame. A test checks the file equals a fresh build.
import type { EntityKind } from './analysis';
import type { Gazetteer, KnownName } from './gazetteer';

/** The JSON form: known names as parallel lists, word sets as lists of words, phrase lists as lists of lists. */
export interface GazetteerIndex {
  /** The keys of `names`, in order. */
  readonly names: readonly string[];
  /** Per name, packed by packName: group × 16 + kind × 4 + 2 if upper case + 1 if capitalised. */
  readonly nameInfo: readonly number[];
  /** Every other field: a number, a list of words (a Set), a list of phrases, or per language one of these. */
  readonly fields: Readonly<Record<string, unknown>>;
}

const KINDS: readonly EntityKind[] = ['person', 'place', 'organisation'];

/** A known name as one number of `nameInfo`: group × 16 + kind × 4 + 2 if upper case + 1 if capitalised. */
function packName(name: KnownName): number {
  return name.group * 16 + KINDS.indexOf(name.kind) * 4 + (name.isUpperCase ? 2 : 0) + (name.isCapitalised ? 1 : 0);
}

/** The known name one number of `nameInfo` holds (packName's inverse). */
function unpackName(info: number): KnownName {
  return { group: Math.floor(info / 16), kind: KINDS[(info >> 2) & 3]!, isUpperCase: (info & 2) !== 0, isCapitalised: (info & 1) !== 0 };
}

function fieldToJson(value: unknown): unknown {
  if (value instanceof Set) return [...value];
  if (Array.isArray(value) || typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fieldToJson(v)]));
}

/** A list of words is a Set; a list of phrases (lists) stays a list. */
function fieldFromJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 && typeof value[0] === 'string' ? new Set(value as string[]) : value;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = fieldFromJson(v);
  return out;
}

/** The JSON form of a gazetteer. */
export function gazetteerToIndex(gz: Gazetteer): GazetteerIndex {
  const { names, ...rest } = gz;
  return {
    names: [...names.keys()],
    nameInfo: [...names.values()].map(packName),
    fields: fieldToJson(rest) as Record<string, unknown>,
  };
}

/** The gazetteer a JSON form holds. */
export function gazetteerFromIndex(index: GazetteerIndex): Gazetteer {
  const names = new Map<string, KnownName>();
  for (let i = 0; i < index.names.length; i++) names.set(index.names[i]!, unpackName(index.nameInfo[i]!));
  return { names, ...(fieldFromJson(index.fields) as Omit<Gazetteer, 'names'>) };
}
