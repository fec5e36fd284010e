// An article full of terminal escapes, presented in a real terminal: the window title and the
// clipboard stay untouched, and no escape payload reaches the screen.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../src/deck/deck';
import { runCli } from '../cli/run-cli';
import { BIN, Terminal } from './tmux';

let terminal: Terminal | undefined;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
});

const ESC = '\u001b';
const BEL = '\u0007';
const hostile = [
  `Les deux pays ont signé un accord commercial lundi${ESC}]0;PWNED-TITLE${BEL}, a annoncé le ministre.`,
  `Le texte prévoit une baisse des droits de douane${ESC}]52;c;UFdORUQtQ0xJUA==${BEL} sur l’acier.`,
  `L’inflation atteint 6 % et le pays traverse une crise${ESC}]2;PWNED-TWO${ESC}\\ économique.`,
  `Les deux gouvernements sont alliés depuis 1990${ESC}[2J${ESC}[31m et le restent.`,
].join('\n');

describe('an escape-laden article in a real terminal', () => {
  it('the harness itself would see a title change and a clipboard write (control)', async () => {
    terminal = new Terminal(100, 30);
    terminal.setOption('set-clipboard', 'on');
    terminal.run(`printf '\\033]2;CONTROL-TITLE\\007\\033]52;c;Q09OVFJPTA==\\007'; echo done`);
    await terminal.waitForText('done');
    await terminal.waitFor(() => terminal?.paneTitle() === 'CONTROL-TITLE');
    expect(terminal.buffers().length).toBeGreaterThan(0);
  });

  it('presenting it changes neither the title nor the clipboard, and shows no payload', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-escapes-'));
    writeFileSync(join(dir, 'hostile.txt'), hostile);
    terminal = new Terminal(100, 30, dir);
    terminal.setOption('set-clipboard', 'on');
    const title = terminal.paneTitle();
    terminal.run(`node ${BIN} hostile.txt`);
    const count = (JSON.parse(runCli(['export', '--format', 'json', 'hostile.txt'], { cwd: dir }).stdout) as Deck).slides.length;
    expect(count).toBeGreaterThan(1);
    const first = await terminal.waitForText(`1/${count} `);
    // Every slide in turn, each waited for (not a fixed pause), then once more past the last.
    for (let n = 2; n <= count + 1; n++) {
      terminal.keys('l');
      const screen = await terminal.waitForText(`${Math.min(n, count)}/${count} `);
      expect(screen).not.toMatch(/PWNED|UFdORUQ|52;c|\]0;|\]2;/);
    }
    expect(first).not.toContain('PWNED');
    terminal.keys('q');
    await terminal.waitFor((s) => !s.includes('1/'));
    expect(terminal.paneTitle()).toBe(title);
    expect(terminal.buffers()).toEqual([]);
  });
});
