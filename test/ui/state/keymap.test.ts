import { describe, it, expect } from 'vitest';
import { keyPresses } from '../../../src/ui/ink/ink-keys';
import { commandFor, KEY_MAP, rowLabel } from '../../../src/ui/state/keymap';
import { NO_KEY, commandsOf } from '../keys';

describe('the key map', () => {
  it('labels keys exactly as the design table', () => {
    expect(KEY_MAP.map(rowLabel)).toEqual([
      '→ ↓ l j Space Enter PgDn',
      '← ↑ h k Backspace PgUp',
      'g g, Home / G, End',
      '‹count› G, or digits then Enter',
      'o, Tab',
      '/',
      'n / N',
      'p',
      '?',
      'r',
      'b',
      'q, Esc, Ctrl+C',
    ]);
  });

  it('binds no key twice', () => {
    const keys = KEY_MAP.flatMap((row) => row.bindings.flatMap((b) => b.keys.map((k) => JSON.stringify(k))));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('maps Ink key flags to commands; Backspace arrives as key.delete (\\x7f) or key.backspace (\\b)', () => {
    const cases: [Partial<typeof NO_KEY>, string][] = [
      [{ rightArrow: true }, 'next'],
      [{ downArrow: true }, 'next'],
      [{ pageDown: true }, 'next'],
      [{ return: true }, 'confirm'],
      [{ leftArrow: true }, 'previous'],
      [{ upArrow: true }, 'previous'],
      [{ pageUp: true }, 'previous'],
      [{ delete: true }, 'erase'],
      [{ backspace: true }, 'erase'],
      [{ home: true }, 'first'],
      [{ end: true }, 'last'],
      [{ escape: true, meta: true }, 'cancel'],
    ];
    for (const [flags, command] of cases) {
      const [press] = keyPresses('', { ...NO_KEY, ...flags });
      expect(press && commandFor(press)?.type).toBe(command);
    }
  });

  it('reads Ctrl+C as interrupt and characters as their bindings', () => {
    const [press] = keyPresses('c', { ...NO_KEY, ctrl: true });
    expect(press && commandFor(press)).toEqual({ type: 'interrupt' });
    expect(commandsOf('lj hkgG?q')).toEqual(
      ['next', 'next', 'next', 'previous', 'previous', 'g', 'last', 'help', 'quit'].map((type) => ({ type })),
    );
  });

  it('splits pasted input into several keys and ignores unbound ones', () => {
    expect(commandsOf('3G')).toEqual([{ type: 'digit', digit: 3 }, { type: 'last' }]);
    expect(commandsOf('2\r')).toEqual([{ type: 'digit', digit: 2 }, { type: 'confirm' }]);
    expect(commandsOf('xyz')).toEqual([]);
    expect(commandsOf('o\t/nNp?rb')).toEqual(
      ['overview', 'overview', 'search', 'searchNext', 'searchPrevious', 'panel', 'help', 'reload', 'blank'].map((type) => ({ type })),
    );
  });

  it('in the search prompt, types characters and keeps Enter, Esc, Backspace and Ctrl+C', () => {
    const inPrompt = (typed: string) => keyPresses(typed, NO_KEY).map((p) => commandFor(p, 'prompt'));
    expect(inPrompt('q /')).toEqual([{ type: 'input', text: 'q' }, { type: 'input', text: ' ' }, { type: 'input', text: '/' }]);
    expect(inPrompt('\r\x1b\x7f\x03')).toEqual([{ type: 'confirm' }, { type: 'cancel' }, { type: 'erase' }, { type: 'interrupt' }]);
    const [up] = keyPresses('', { ...NO_KEY, upArrow: true });
    expect(up && commandFor(up, 'prompt')).toBeUndefined();
  });
});
