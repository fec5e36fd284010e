// `present --watch` in a real terminal: an edit of the open slide, saved the way editors do
// (a temporary file renamed over the deck), shows in place.
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli';
import { BIN, Terminal } from './tmux';

let terminal: Terminal | undefined;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
});

describe('present --watch', () => {
  it('shows an edit of slide 3 in place while slide 3 is open, and a broken save in the footer', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'briefing-watch-'));
    const path = join(folder, 'deck.md');
    writeFileSync(path, runCli(['export']).stdout);
    const slides = (JSON.parse(runCli(['export', '--format', 'json']).stdout) as { slides: { title: string }[] }).slides;
    const count = slides.length;
    terminal = new Terminal(100, 30, folder);
    const t = terminal;
    t.run(`node ${BIN} present --watch deck.md; echo "exit=$?"`);
    await t.waitForText(`1/${count}`);
    t.keys('3', 'G');
    await t.waitForText(`3/${count}`);

    const heading = `## ${slides[2]?.title ?? ''}\n`;
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(heading);
    writeFileSync(join(folder, '.deck.md.swp'), text.replace(heading, `${heading}\n- Une ligne ajoutée en direct\n`));
    renameSync(join(folder, '.deck.md.swp'), path);
    const edited = await t.waitForText('Une ligne ajoutée en direct');
    expect(edited).toContain(`3/${count}`);

    writeFileSync(path, '');
    const broken = await t.waitForText('deck.md');
    expect(broken).toContain('Une ligne ajoutée en direct');
    expect(broken).toContain(`3/${count}`);
    t.keys('q');
    await t.waitForText('exit=0');
  });
});
