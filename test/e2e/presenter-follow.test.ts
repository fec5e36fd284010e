// `present --follow` in real terminals: a second terminal mirrors the position of a running presenter.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { BIN, Terminal } from './tmux';

const terminals: Terminal[] = [];
afterEach(() => {
  for (const t of terminals.splice(0)) t.close();
});

describe('present --follow', () => {
  it('mirrors the slide of the presenter of the same deck, and leaves when told', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-follow-'));
    writeFileSync(join(folder, 'deck.md'), runCli(['export']).stdout);
    const count = (JSON.parse(runCli(['export', '--format', 'json']).stdout) as { slides: unknown[] }).slides.length;
    const leader = new Terminal(100, 30, folder);
    const follower = new Terminal(100, 30, folder);
    terminals.push(leader, follower);
    leader.run(`node ${BIN} deck.md; echo "exit=$?"`);
    await leader.waitForText(`1/${count}`);
    leader.keys('4', 'G');
    await leader.waitForText(`4/${count}`);
    follower.run(`node ${BIN} present --follow deck.md; echo "exit=$?"`);
    await follower.waitForText(`4/${count}`);
    leader.keys('l');
    await leader.waitForText(`5/${count}`);
    await follower.waitForText(`5/${count}`);
    leader.keys('Home');
    await follower.waitForText(`1/${count}`);
    leader.keys('q');
    await leader.waitForText('exit=0');
    follower.keys('q');
    const after = await follower.waitForText('exit=0');
    expect(after).not.toContain(`1/${count}`);
  });
});
