// The tokens of a sentence inside names other than places, in the form scoring reads them
// (ScoredInput.names: the first and last token of each name, in pairs): their words are no cues
// ("Alliance Investment Partners"). This module is the only one that writes or reads that form.
import type { Entity } from './analysis';
import type { EntitySpan } from './entities/entity-scanner';

const NO_NAMES: readonly number[] = Object.freeze([]);

/** The token ranges of a sentence's names other than places (`spans`: its entity mentions, in text order). */
export function nameRanges(spans: readonly EntitySpan[], entities: readonly Entity[]): readonly number[] {
  let names: number[] | undefined;
  for (const span of spans) {
    if (entities[span.entity]?.kind === 'place') continue;
    (names ??= []).push(span.first, span.last);
  }
  return names ?? NO_NAMES;
}

/** Whether the tokens `first` to `last` touch one of the name ranges `names` (nameRanges' form). */
export function touchesName(names: readonly number[], first: number, last: number): boolean {
  for (let n = 0; n < names.length; n += 2) if (names[n]! <= last && first <= names[n + 1]!) return true;
  return false;
}
