// The presenter's state in React: each command runs through the navigation reducer once, and the
// effects it returns are carried out after the frame they belong to is committed, in one place.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { navigate, type Command, type Effect, type NavState } from '../state/navigation';

/**
 * The state, from `initial` (also asked for: `handedOver`, effects asked before this view took over),
 * and how to send it a command. `onEffect` receives each effect, the first position published included.
 */
export function useNavigation(initial: () => NavState, handedOver: readonly Effect[], onEffect: (effect: Effect) => void): readonly [NavState, (command: Command) => void] {
  const [state, setState] = useState(initial);
  const current = useRef(state);
  const pending = useRef<Effect[] | undefined>(undefined);
  pending.current ??= [{ type: 'publish', position: { slide: state.slide, step: state.step } }, ...handedOver];
  // A command may leave the state as it was and still ask for effects: a render carries them out.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const send = useCallback((command: Command) => {
    const { state: next, effects } = navigate(current.current, command);
    current.current = next;
    if (effects.length > 0) {
      pending.current?.push(...effects);
      rerender();
    }
    setState(next);
  }, []);
  const latest = useRef(onEffect);
  latest.current = onEffect;
  useEffect(() => {
    const effects = pending.current ?? [];
    if (effects.length === 0) return;
    pending.current = [];
    for (const effect of effects) latest.current(effect);
  });
  return [state, send];
}
