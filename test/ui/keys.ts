// Test helper: Ink's Key with nothing pressed, and key sequences run through the key map.
import type { Key } from 'ink';
import { commandFor, keyPresses } from '../../src/ui/keymap';
import type { Command } from '../../src/ui/navigation';

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

/** The commands typed characters send (\r Enter, \x7f Backspace, \x1b Esc, \x03 Ctrl+C). */
export function commandsOf(typed: string): Command[] {
  return keyPresses(typed, NO_KEY).flatMap((press) => {
    const command = commandFor(press);
    return command === undefined ? [] : [command];
  });
}
