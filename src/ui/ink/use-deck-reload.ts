// The deck shown, prepared once per deck, and reading it again (`r`, a watcher): only the latest read
// counts, and a failed one keeps the deck and says why.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Deck } from '../../deck/deck';
import { prepareDeck, type PreparedDeck } from '../frame/prepared-deck';
import type { Command } from '../state/command';

/** The deck shown, prepared (reveal steps, the reducer's index), and how to replace it. */
export interface DeckShown {
  /** The deck, prepared. */
  readonly prepared: PreparedDeck;
  /** Shows another deck. */
  readonly setDeck: (deck: Deck) => void;
}

/** `first` prepared (or `given`, when it is `first` prepared the same way), until another deck is set. */
export function usePreparedDeck(first: Deck, given: PreparedDeck | undefined, reveal: boolean): DeckShown {
  const [deck, setDeck] = useState(first);
  const prepared = useMemo(
    () => (given !== undefined && given.deck === deck && given.revealBullets === reveal ? given : prepareDeck(deck, reveal)),
    [given, deck, reveal],
  );
  return { prepared, setDeck };
}

/** What reloading needs. */
export interface ReloadOptions {
  /** Reads the deck again; rejects with a one-line message when it cannot. Undefined: nothing to reload. */
  readonly reload?: () => Promise<Deck>;
  /** Calls its argument when the deck's file changes; returns how to stop. */
  readonly watch?: (onChange: () => void) => () => void;
  /** Reveal every top-level bullet as a step. */
  readonly reveal: boolean;
  /** Shows the deck read. */
  readonly setDeck: (deck: Deck) => void;
  /** Tells the navigation of the new deck, or of the failure. */
  readonly send: (command: Command) => void;
}

/** Returns how to reload the deck, and reloads on each change the watcher reports. */
export function useDeckReload({ reload, watch, reveal, setDeck, send }: ReloadOptions): () => void {
  const isMounted = useRef(true);
  useEffect(() => () => void (isMounted.current = false), []);
  const latestRead = useRef(0);
  const reloadDeck = useCallback(async () => {
    if (reload === undefined) {
      send({ type: 'loadFailed', message: 'nothing to reload: the deck came from standard input' });
      return;
    }
    const read = ++latestRead.current;
    try {
      const next = await reload();
      if (!isMounted.current || read !== latestRead.current) return;
      const nextPrepared = prepareDeck(next, reveal);
      setDeck(next);
      send({ type: 'load', deck: nextPrepared.index });
    } catch (error) {
      if (!isMounted.current || read !== latestRead.current) return;
      send({ type: 'loadFailed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [reload, reveal, setDeck, send]);
  useEffect(() => watch?.(() => void reloadDeck()), [watch, reloadDeck]);
  return useCallback(() => void reloadDeck(), [reloadDeck]);
}
