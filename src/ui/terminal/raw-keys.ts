// The terminal's raw input as key presses, before Ink is loaded: a table of the sequences the key map
// binds, decoded exactly as Ink's useInput and keyPresses decode them (a test holds the two together).
// Anything else (a lone Esc, which Ink waits on, other escape sequences, non-ASCII text) is left for
// Ink, with everything after it, so that no key is decoded differently and the order is kept.
import type { KeyPress, SpecialKey } from '../state/keymap';

/** Escape sequences of the keys the key map binds, as xterm-like terminals send them. */
const SEQUENCES: ReadonlyMap<string, SpecialKey> = new Map([
  ['\x1b[A', 'up'],
  ['\x1b[B', 'down'],
  ['\x1b[C', 'right'],
  ['\x1b[D', 'left'],
  ['\x1bOA', 'up'],
  ['\x1bOB', 'down'],
  ['\x1bOC', 'right'],
  ['\x1bOD', 'left'],
  ['\x1b[5~', 'pageUp'],
  ['\x1b[6~', 'pageDown'],
  ['\x1b[H', 'home'],
  ['\x1bOH', 'home'],
  ['\x1b[1~', 'home'],
  ['\x1b[7~', 'home'],
  ['\x1b[F', 'end'],
  ['\x1bOF', 'end'],
  ['\x1b[4~', 'end'],
  ['\x1b[8~', 'end'],
]);

/** Control characters with a key of their own. */
const CONTROLS: ReadonlyMap<string, KeyPress> = new Map([
  ['\r', { kind: 'special', name: 'return' }],
  ['\t', { kind: 'special', name: 'tab' }],
  ['\x7f', { kind: 'special', name: 'backspace' }],
  ['\b', { kind: 'special', name: 'backspace' }],
  ['\x03', { kind: 'ctrl', char: 'c' }],
]);

/** The key presses at the start of `input`, and the rest from the first sequence left for Ink ('' when all was read). */
export function rawKeyPresses(input: string): { readonly presses: KeyPress[]; readonly rest: string } {
  const presses: KeyPress[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] as string;
    if (c === '\x1b') {
      const sequence = input.slice(i, i + 3);
      const name = SEQUENCES.get(sequence) ?? SEQUENCES.get(input.slice(i, i + 4));
      if (name === undefined) break;
      presses.push({ kind: 'special', name });
      i += SEQUENCES.has(sequence) ? 3 : 4;
      continue;
    }
    const control = CONTROLS.get(c);
    if (control !== undefined) presses.push(control);
    else if (c >= ' ' && c <= '~') presses.push({ kind: 'char', char: c });
    else break;
    i++;
  }
  return { presses, rest: input.slice(i) };
}
