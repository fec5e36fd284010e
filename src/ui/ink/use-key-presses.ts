// Keys from Ink's input: one `keys` command per input event (pasted text is several presses).
import { useInput, type Key } from 'ink';
import { useCallback } from 'react';
import type { Command } from '../state/command';
import { keyPresses } from './ink-keys';

/** Sends each input event's key presses to `send` as one command. */
export function useKeyPresses(send: (command: Command) => void): void {
  const onInput = useCallback((input: string, key: Key) => send({ type: 'keys', presses: keyPresses(input, key) }), [send]);
  useInput(onInput);
}
