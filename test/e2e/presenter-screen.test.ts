// The presenter's screen in a real terminal: sizes, colours and restoring the terminal on signals.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDeck } from '../cli/run-cli';
import { BIN, Terminal } from './tmux';

const deck = defaultDeck();
const count = deck.slides.length;

let terminal: Terminal | undefined;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
});

describe('presenter screen in a real terminal', () => {
  it('at 60×20 every slide is whole; at 20×6 the needed size is shown; at 100×30 the slide returns', async () => {
    terminal = new Terminal(100, 30);
    const t = terminal;
    t.run(`node ${BIN}; echo "exit=$?"`);
    await t.waitForText(`1/${count}`);
    t.resize(60, 20);
    await t.waitFor((s) => s.split('\n')[0]?.length === 0 && s.includes(`1/${count}`) && !s.includes('has 100'));
    for (let n = 1; n <= count; n++) {
      const screen = await t.waitForText(`${n}/${count} `);
      expect(screen).not.toContain('↓ more');
      expect(screen).toContain(deck.slides[n - 1]?.title.slice(0, 50) ?? '');
      for (const line of screen.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
      t.keys('l');
    }
    t.resize(20, 6);
    await t.waitFor((s) => s.replace(/\s+/g, ' ').includes('needs 40×10, has 20×6'));
    t.resize(100, 30);
    const back = await t.waitForText(`${count}/${count}`);
    expect(back).not.toContain('needs');
    expect(back).toContain(deck.slides[count - 1]?.title ?? '');
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s exits %i and restores the screen', async (signal, code) => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-e2e-'));
    const pidFile = join(folder, 'pid');
    terminal = new Terminal(100, 30);
    const t = terminal;
    t.run('echo before-present');
    // exec keeps the pid the shell wrote down.
    t.run(`sh -c 'echo $$ > ${pidFile}; exec node ${BIN}'; echo "exit=$?"`);
    await t.waitForText(`1/${count}`);
    process.kill(Number(readFileSync(pidFile, 'utf8').trim()), signal);
    const after = await t.waitForText(`exit=${code}`);
    expect(after).toContain('before-present');
    expect(after).not.toContain(`1/${count}`);
    // The cursor is shown again and keys echo: the shell takes a command.
    t.run('echo still-typing');
    await t.waitForText('\nstill-typing');
  });

  it('with NO_COLOR=1 no colour reaches the screen', async () => {
    terminal = new Terminal(100, 30);
    const t = terminal;
    // The test runner sets FORCE_COLOR=0; a user does not.
    t.run(`env -u FORCE_COLOR NO_COLOR=1 node ${BIN}; echo "exit=$?"`);
    await t.waitForText(`1/${count}`);
    t.keys('?');
    await t.waitForText('Keys');
    expect(t.styledScreen()).not.toMatch(/\x1b\[[0-9;]*(3[0-9]|9[0-7]|4[0-9]|10[0-7])(;[0-9;]*)?m/);
    t.keys('q');
    await t.waitForText('exit=0');
  });

  it('colours the screen by default (the check above can fail)', async () => {
    terminal = new Terminal(100, 30);
    const t = terminal;
    t.run(`env -u FORCE_COLOR node ${BIN}; echo "exit=$?"`);
    await t.waitForText(`1/${count}`);
    expect(t.styledScreen()).toMatch(/\x1b\[[0-9;]*(3[0-9]|9[0-7])(;[0-9;]*)?m/);
  });
});
