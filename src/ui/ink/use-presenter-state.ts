// The presenter's state and what changes it: the deck shown and its reloads, the navigation state, the
// keys and the presenter followed; the navigation's effects (reload, quit, publish) carried out here.
import { useApp } from 'ink';
import { useEffect } from 'react';
import type { PreparedDeck } from '../frame/prepared-deck';
import { initialNavState, type Effect, type NavState, type Position } from '../state/navigation';
import type { Command } from '../state/command';
import type { PresenterProps } from './presenter-props';
import { useDeckReload, usePreparedDeck } from './use-deck-reload';
import { useKeyPresses } from './use-key-presses';
import { useNavigation } from './use-navigation';

/** The presenter's state: the deck shown, where the presenter is, and how to send it a command. */
export interface PresenterState {
  /** The deck shown, prepared. */
  readonly prepared: PreparedDeck;
  /** Where the presenter is. */
  readonly state: NavState;
  /** Runs a command through the navigation. */
  readonly send: (command: Command) => void;
}

/** The state of a presenter with `props`, fed by keys, reloads and `follow`, its effects carried out. */
export function usePresenterState(props: PresenterProps): PresenterState {
  const { start = 0, reveal = false, notes = false, reload, watch, onMove, follow, onQuit } = props;
  const { exit } = useApp();
  const { prepared, setDeck } = usePreparedDeck(props.deck, props.prepared, reveal);
  // The navigation's effects, all carried out here, after the frame they came with is committed
  // (reloadDeck is declared below: an effect only runs once the render is done).
  const onEffect = (effect: Effect) => {
    switch (effect.type) {
      case 'reload':
        return reloadDeck();
      case 'quit':
        onQuit?.(effect.code);
        return exit();
      case 'publish':
        return onMove?.(effect.position);
    }
  };
  const [state, send] = useNavigation(
    () => props.initialState ?? initialNavState(prepared.index, { start, isPanelOpen: notes }),
    props.initialEffects ?? [],
    onEffect,
  );
  const reloadDeck = useDeckReload({ reveal, setDeck, send, ...(reload === undefined ? {} : { reload }), ...(watch === undefined ? {} : { watch }) });
  useKeyPresses(send);
  useEffect(() => follow?.((position: Position) => send({ type: 'follow', ...position })), [follow, send]);
  return { prepared, state, send };
}
