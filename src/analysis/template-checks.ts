// Checked reads of a template's JSON values: each returns the value in its type or throws an Error
// whose one-line message names the value's path (`template.sections.economy.cues.fr`) and what is wrong.
import type { Lang } from '../article/article';

const LANGS: readonly Lang[] = ['fr', 'en'];

/** Throws the one-line error of the value at `path`. */
export function fail(path: string, message: string): never {
  throw new Error(`${path} ${message}`);
}

/** A value as an error message shows it: its kind, or a short quote of a string. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value);
  return typeof value === 'object' ? 'an object' : String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` as an object (not a list, not null). */
export function record(value: unknown, path: string): Record<string, unknown> {
  if (!isRecord(value)) fail(path, `must be an object, got ${describe(value)}`);
  return value;
}

/** The value at `path` as a finite number in [min, max], whole if `integer`. */
export function num(value: unknown, path: string, min: number, max = Number.POSITIVE_INFINITY, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, `must be a number, got ${describe(value)}`);
  if (value < min || value > max) fail(path, `must be between ${min} and ${max}, got ${value}`);
  if (integer && !Number.isInteger(value)) fail(path, `must be a whole number, got ${value}`);
  return value;
}

/** The value at `path` as a string that is not blank. */
export function str(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, `must be a non-empty string, got ${describe(value)}`);
  return value;
}

/** Fails on the first key of `obj` that is not `allowed`. */
export function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) fail(`${path}.${key}`, `is not a template key (expected one of: ${allowed.join(', ')})`);
  }
}

/** The value at `path` as one `item` per language, fr and en, no other key. */
export function perLang<T>(value: unknown, path: string, item: (v: unknown, p: string) => T): Readonly<Record<Lang, T>> {
  const obj = record(value, path);
  checkKeys(obj, LANGS, path);
  const out = {} as Record<Lang, T>;
  for (const lang of LANGS) {
    if (!(lang in obj)) fail(`${path}.${lang}`, 'is missing');
    out[lang] = item(obj[lang], `${path}.${lang}`);
  }
  return out;
}

const PATTERN = /^[\p{L}\p{N}'’ -]+\*?$/u;

/** The value at `path` as a cue pattern: words, spaces, hyphens and apostrophes, maybe a final `*`. */
function cuePattern(value: unknown, path: string): string {
  const pattern = str(value, path);
  if (!PATTERN.test(pattern.trim())) {
    fail(path, `is not a cue pattern (letters, spaces, hyphens, apostrophes and an optional final *), got ${describe(pattern)}`);
  }
  return pattern;
}

/** The value at `path` as cue patterns with their weights. */
export function cueWeights(value: unknown, path: string): Readonly<Record<string, number>> {
  const obj = record(value, path);
  const out: Record<string, number> = {};
  for (const [pattern, weight] of Object.entries(obj)) {
    const at = `${path}[${JSON.stringify(pattern)}]`;
    cuePattern(pattern, at);
    out[pattern] = num(weight, at, -100, 100);
  }
  return out;
}

/** The value at `path` as a list of cue patterns. */
export function cueList(value: unknown, path: string): readonly string[] {
  if (!Array.isArray(value)) fail(path, `must be a list of cue patterns, got ${describe(value)}`);
  return value.map((v, i) => cuePattern(v, `${path}[${i}]`));
}
