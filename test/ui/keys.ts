// Test helper: Ink's Key with nothing pressed, and key sequences run through the key map.
import type { Key } from 'ink';
import { keyPresses } from '../../src/ui/ink/ink-keys';
import { commandFor } from '../../src/ui/state/keymap';
import type { Command } from '../../src/ui/state/navigation';

/** Ink's Key record with no flag set. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** The special keys tests type as escape sequences, as Ink reports them. */
const SEQUENCES: readonly [string, Partial<Key>][] = [
  ['\x1b[A', { upArrow: true }],
  ['\x1b[B', { downArrow: true }],
  ['\x1b[C', { rightArrow: true }],
  ['\x1b[D', { leftArrow: true }],
];

/**
 * The commands typed characters send, one at a time (\r Enter, \x7f Backspace, \x1b Esc, \x03 Ctrl+C,
 * \t Tab, \x1b[A–D arrows); unbound keys send `unbound`. `isPrompt` is asked before each key, so a
 * caller that applies each command first gets the search prompt's keys while it is open.
 */
export function* commandStream(typed: string, isPrompt: () => boolean = () => false): Generator<Command> {
  let rest = typed;
  while (rest !== '') {
    const sequence = SEQUENCES.find(([seq]) => rest.startsWith(seq));
    const presses = sequence === undefined ? keyPresses(rest[0] ?? '', NO_KEY) : keyPresses('', { ...NO_KEY, ...sequence[1] });
    rest = rest.slice(sequence === undefined ? 1 : sequence[0].length);
    for (const press of presses) yield commandFor(press, isPrompt() ? 'prompt' : 'normal') ?? { type: 'unbound' };
  }
}

/** The commands of `typed` outside the prompt, unbound keys left out. */
export function commandsOf(typed: string): Command[] {
  return [...commandStream(typed)].filter((c) => c.type !== 'unbound');
}
