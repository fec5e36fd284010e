import { useInput } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { keyPresses } from '../../../src/ui/ink/ink-keys';
import type { KeyPress } from '../../../src/ui/state/keymap';
import { rawKeyPresses } from '../../../src/ui/terminal/raw-keys';
import { eventually } from '../eventually';

afterEach(() => {
  cleanup();
});

/** Records what Ink's useInput reports, as the Presenter turns it into key presses. */
function InkKeys({ onPresses }: { readonly onPresses: (presses: KeyPress[]) => void }) {
  useInput((input, key) => onPresses(keyPresses(input, key)));
  return null;
}

/** The key presses Ink decodes from `input` written to the terminal in one chunk. */
async function inkPresses(input: string): Promise<KeyPress[]> {
  const got: KeyPress[] = [];
  let events = 0;
  const app = render(
    <InkKeys
      onPresses={(presses) => {
        events++;
        got.push(...presses);
      }}
    />,
  );
  await eventually(() => expect(app.stdin.listenerCount('readable')).toBeGreaterThan(0));
  app.stdin.write(input);
  await eventually(() => expect(events).toBeGreaterThan(0));
  // Time for any further events of the same chunk.
  await new Promise((resolve) => setImmediate(resolve));
  app.unmount();
  return got;
}

// Every sequence the key map binds, as terminals send them, alone and run together, and text as pasted.
const DECODED = [
  '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1bOA', '\x1bOB', '\x1bOC', '\x1bOD',
  '\x1b[5~', '\x1b[6~', '\x1b[H', '\x1bOH', '\x1b[1~', '\x1b[7~', '\x1b[F', '\x1bOF', '\x1b[4~', '\x1b[8~',
  '\r', '\t', '\x7f', '\b', '\x03', ' ', 'l', 'q', 'G', '3', '/', '?', '~',
  '3G', 'jjk', '/word\r', 'l\r', '12\r', 'a\x03', '\x1b[F\x1b[D', 'l\x1b[C', '\x1b[Cgg', '4\x7f2G',
];

describe('rawKeyPresses decodes what Ink decodes', () => {
  for (const input of DECODED) {
    it(JSON.stringify(input), async () => {
      const early = rawKeyPresses(input);
      expect(early.rest).toBe('');
      expect(early.presses.length).toBeGreaterThan(0);
      expect(early.presses).toEqual(await inkPresses(input));
    });
  }

  it('leaves for Ink, with all after it, what it does not know: a lone Esc, other sequences, non-ASCII text, \\n', () => {
    for (const [input, read, rest] of [
      ['\x1b', 0, '\x1b'],
      ['l\x1b', 1, '\x1b'],
      ['l\x1b[1;5Cl', 1, '\x1b[1;5Cl'],
      ['\x1b[15~', 0, '\x1b[15~'],
      ['\x1bq', 0, '\x1bq'],
      ['jé', 1, 'é'],
      ['\n', 0, '\n'],
      ['\x1b[C\x1b[200~x', 1, '\x1b[200~x'],
    ] as const) {
      const got = rawKeyPresses(input);
      expect(got.presses).toHaveLength(read);
      expect(got.rest).toBe(rest);
    }
  });
});
