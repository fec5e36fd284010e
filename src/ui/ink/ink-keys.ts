// Ink's input events as the key map's key presses: the one place that reads Ink's Key record.
import type { Key } from 'ink';
import { char, special, type KeyPress, type SpecialKey } from '../state/keymap';

/** Ink's named keys, in the order they are checked. Backspace arrives as \x7f, which Ink 6.8 calls delete. */
const INK_KEYS: readonly [keyof Key, SpecialKey][] = [
  ['rightArrow', 'right'],
  ['leftArrow', 'left'],
  ['upArrow', 'up'],
  ['downArrow', 'down'],
  ['pageDown', 'pageDown'],
  ['pageUp', 'pageUp'],
  ['home', 'home'],
  ['end', 'end'],
  ['return', 'return'],
  ['escape', 'escape'],
  ['backspace', 'backspace'],
  ['delete', 'backspace'],
  ['tab', 'tab'],
];

/** A character of raw input as a key press (\r, \n, \x7f, \b, \x1b, \x03 and \t as keys). */
function pressOfChar(c: string): KeyPress {
  switch (c) {
    case '\r':
    case '\n':
      return special('return');
    case '\x7f':
    case '\b':
      return special('backspace');
    case '\x1b':
      return special('escape');
    case '\t':
      return special('tab');
    case '\x03':
      return { kind: 'ctrl', char: 'c' };
    default:
      return char(c);
  }
}

/** The key presses in one input event from Ink's useInput (pasted text such as `3G` is several). */
export function keyPresses(input: string, key: Key): KeyPress[] {
  if (key.ctrl && input.length === 1 && input >= 'a' && input <= 'z') return [{ kind: 'ctrl', char: input }];
  for (const [flag, name] of INK_KEYS) if (key[flag] === true) return [special(name)];
  return [...input].map(pressOfChar);
}
