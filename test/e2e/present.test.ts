import { mkdtempSync } from 'node:fs';
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

describe('briefing in a real terminal (tmux, 100×30)', () => {
  it('presents the default briefing, moves with Right, End, Home, and quits with q leaving no slide', async () => {
    terminal = new Terminal(100, 30, mkdtempSync(join(tmpdir(), 'briefing-e2e-')));
    terminal.run(`node ${BIN}; echo "exit=$?"`);
    const first = await terminal.waitForText(`1/${count}`);
    expect(first).toContain('Le Venezuela et la Russie');
    terminal.keys('Right');
    await terminal.waitForText(`2/${count}`);
    terminal.keys('End');
    const last = await terminal.waitForText(`${count}/${count}`);
    expect(last).toContain(deck.slides[count - 1]?.title ?? '');
    terminal.keys('Home');
    await terminal.waitForText(`1/${count}`);
    terminal.keys('q');
    const after = await terminal.waitForText('exit=0');
    expect(after).not.toContain(`1/${count}`);
    expect(after).not.toContain('Le Venezuela et la Russie ont renouvelé');
  });

  it('exits 130 on Ctrl+C and restores the screen', async () => {
    terminal = new Terminal(100, 30);
    terminal.run(`node ${BIN}; echo "exit=$?"`);
    await terminal.waitForText(`1/${count}`);
    terminal.keys('C-c');
    const after = await terminal.waitForText('exit=130');
    expect(after).not.toContain(`1/${count}`);
  });

  it('prints plain text through a pipe', async () => {
    terminal = new Terminal(100, 30);
    terminal.run(`node ${BIN} present | head -3; echo "exit=$?"`);
    const screen = await terminal.waitForText('exit=0');
    expect(screen).toContain(`[1/${count}] Le Venezuela`);
  });
});
