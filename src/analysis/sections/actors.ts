// Whether a sentence names or designates an actor of international relations: a place or an
// organisation it names, a nationality word ("l'ambassadeur saoudien"), or a noun such as "neighbour",
// "rebels", "government" (actor-words.json). A section's withoutActor factor scales the cue score of the sentences with none.
import type { Lang } from '../../article/article';
import actorWords from '../actor-words.json';
import { GAZETTEER } from '../gazetteer';
import { fold } from '../../text/fold';
import type { Token } from '../tokenize';

const ACTOR_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  fr: new Set(actorWords.fr.map(fold)),
  en: new Set(actorWords.en.map(fold)),
};

/** Whether a sentence's tokens hold a nationality word or an actor noun of the language. */
export function designatesActor(tokens: readonly Token[], lang: Lang): boolean {
  const nouns = ACTOR_WORDS[lang];
  return tokens.some((t) => nouns.has(t.key) || GAZETTEER.demonyms.has(t.key));
}
