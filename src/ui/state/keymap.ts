// The key map: one table of keys → named commands, with the labels of DESIGN.md's key table.
// The help screen is drawn from it and the input hook only looks keys up in it.
import type { Command, CommandName } from './command';

/** A key that is not a character. */
export type SpecialKey = 'right' | 'left' | 'up' | 'down' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'backspace' | 'tab';

/** One key press, as the key map names it. */
export type KeyPress =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'special'; readonly name: SpecialKey }
  | { readonly kind: 'ctrl'; readonly char: string };

/** Keys bound to one command, under one label. */
export interface KeyBinding {
  /** The label shown in help, exactly as in DESIGN.md's key table. */
  readonly label: string;
  /** The key presses that trigger it. */
  readonly keys: readonly KeyPress[];
  /** The command it sends. */
  readonly command: CommandName;
}

/** One row of the help: an action and the keys that do it. */
export interface KeyMapRow {
  /** What the keys do, as help says it. */
  readonly action: string;
  /** The keys, in the order help lists them. */
  readonly bindings: readonly KeyBinding[];
  /** How help joins the bindings' labels. */
  readonly separator: ' ' | ', ';
  /** Help's label for the row when it is not just the bindings' labels joined. */
  readonly label?: string;
}

/** A character key. */
export const char = (c: string): KeyPress => ({ kind: 'char', char: c });
/** A named key. */
export const special = (name: SpecialKey): KeyPress => ({ kind: 'special', name });
const DIGITS = [...'0123456789'].map(char);

/** The key map, row by row as DESIGN.md's key table. */
export const KEY_MAP: readonly KeyMapRow[] = [
  {
    action: 'next (next reveal step first, where the slide has pauses; a long slide scrolls first)',
    separator: ' ',
    bindings: [
      { label: '→', keys: [special('right')], command: 'next' },
      { label: '↓', keys: [special('down')], command: 'next' },
      { label: 'l', keys: [char('l')], command: 'next' },
      { label: 'j', keys: [char('j')], command: 'next' },
      { label: 'Space', keys: [char(' ')], command: 'next' },
      { label: 'Enter', keys: [special('return')], command: 'confirm' },
      { label: 'PgDn', keys: [special('pageDown')], command: 'next' },
    ],
  },
  {
    action: 'previous (previous reveal step first)',
    separator: ' ',
    bindings: [
      { label: '←', keys: [special('left')], command: 'previous' },
      { label: '↑', keys: [special('up')], command: 'previous' },
      { label: 'h', keys: [char('h')], command: 'previous' },
      { label: 'k', keys: [char('k')], command: 'previous' },
      { label: 'Backspace', keys: [special('backspace')], command: 'erase' },
      { label: 'PgUp', keys: [special('pageUp')], command: 'previous' },
    ],
  },
  {
    action: 'first / last',
    separator: ', ',
    label: 'g g, Home / G, End',
    bindings: [
      { label: 'g g', keys: [char('g')], command: 'g' },
      { label: 'Home', keys: [special('home')], command: 'first' },
      { label: 'G', keys: [char('G')], command: 'last' },
      { label: 'End', keys: [special('end')], command: 'last' },
    ],
  },
  {
    action: 'go to slide ‹count› (the pending digits are shown)',
    separator: ' ',
    label: '‹count› G, or digits then Enter',
    bindings: [{ label: '0–9', keys: DIGITS, command: 'digit' }],
  },
  {
    action: 'overview of all slides; arrows + Enter to jump',
    separator: ', ',
    bindings: [
      { label: 'o', keys: [char('o')], command: 'overview' },
      { label: 'Tab', keys: [special('tab')], command: 'overview' },
    ],
  },
  {
    action: 'search; Enter goes to the next slide after the current one that matches (wrapping; the current slide last)',
    separator: ' ',
    bindings: [{ label: '/', keys: [char('/')], command: 'search' }],
  },
  {
    action: 'next / previous match of the last search ("no search" before any)',
    separator: ' ',
    label: 'n / N',
    bindings: [
      { label: 'n', keys: [char('n')], command: 'searchNext' },
      { label: 'N', keys: [char('N')], command: 'searchPrevious' },
    ],
  },
  {
    action: "presenter panel: notes, next slide's title, clock, elapsed (and, with --duration, remaining) time",
    separator: ' ',
    bindings: [{ label: 'p', keys: [char('p')], command: 'panel' }],
  },
  {
    action: 'help: this table, drawn from the key map',
    separator: ' ',
    bindings: [{ label: '?', keys: [char('?')], command: 'help' }],
  },
  {
    action: 'reload the file, keeping the position (--watch does it on change)',
    separator: ' ',
    bindings: [{ label: 'r', keys: [char('r')], command: 'reload' }],
  },
  {
    action: 'blank the screen; the next key only unblanks',
    separator: ' ',
    bindings: [{ label: 'b', keys: [char('b')], command: 'blank' }],
  },
  {
    action: 'quit (Ctrl+C exits 130); the terminal is always restored',
    separator: ', ',
    bindings: [
      { label: 'q', keys: [char('q')], command: 'quit' },
      { label: 'Esc', keys: [special('escape')], command: 'cancel' },
      { label: 'Ctrl+C', keys: [{ kind: 'ctrl', char: 'c' }], command: 'interrupt' },
    ],
  },
];

/** The keys of the search prompt; any other character is typed into it. */
export const PROMPT_KEYS: readonly KeyBinding[] = [
  { label: 'Enter', keys: [special('return')], command: 'confirm' },
  { label: 'Esc', keys: [special('escape')], command: 'cancel' },
  { label: 'Backspace', keys: [special('backspace')], command: 'erase' },
  { label: 'Ctrl+C', keys: [{ kind: 'ctrl', char: 'c' }], command: 'interrupt' },
];

/** Which keys apply: the slide view's, or the search prompt's. */
export type KeyMode = 'normal' | 'prompt';

/** Help's label for a row: its own, or its bindings' labels joined. */
export function rowLabel(row: KeyMapRow): string {
  return row.label ?? row.bindings.map((b) => b.label).join(row.separator);
}

/** Whether two key presses are the same key. */
function samePress(a: KeyPress, b: KeyPress): boolean {
  if (a.kind === 'special' && b.kind === 'special') return a.name === b.name;
  if (a.kind === 'char' && b.kind === 'char') return a.char === b.char;
  if (a.kind === 'ctrl' && b.kind === 'ctrl') return a.char === b.char;
  return false;
}

/** The command a key press sends in `mode`, if any. */
export function commandFor(press: KeyPress, mode: KeyMode = 'normal'): Command | undefined {
  if (mode === 'prompt') {
    const binding = PROMPT_KEYS.find((b) => b.keys.some((key) => samePress(key, press)));
    if (binding !== undefined) return { type: binding.command } as Command;
    return press.kind === 'char' && press.char >= ' ' ? { type: 'input', text: press.char } : undefined;
  }
  for (const row of KEY_MAP) {
    for (const binding of row.bindings) {
      if (!binding.keys.some((key) => samePress(key, press))) continue;
      if (binding.command === 'digit') return { type: 'digit', digit: Number(press.kind === 'char' ? press.char : 0) };
      return { type: binding.command } as Command;
    }
  }
  return undefined;
}
