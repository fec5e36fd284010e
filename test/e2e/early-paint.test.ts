import { existsSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDeck, runCli } from '../cli/run-cli';
import { inkOrReactFiles, loadedFiles, MODULE_LOG_HOOK } from '../cli/loaded-modules';
import { BIN, Terminal, WAIT_MS } from './tmux';

const deck = defaultDeck();
const count = deck.slides.length;
const footer = `1/${count} `;

let terminal: Terminal | undefined;
afterEach(() => {
  terminal?.close();
  terminal = undefined;
});

/** Starts the presenter (with `args`, in its own folder) in a 100×30 tmux pane with colours on, Ink held back until `release()`. */
function startHeld(args = '', files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-early-'));
  const log = join(dir, 'modules.log');
  const hold = join(dir, 'hold');
  const output = join(dir, 'output');
  writeFileSync(output, '');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  terminal = new Terminal(100, 30, dir);
  terminal.recordOutput(output);
  terminal.run(
    `env -u FORCE_COLOR -u NO_COLOR BRIEFING_TEST_MODULE_LOG='${log}' BRIEFING_TEST_HOLD='${hold}' node --import '${MODULE_LOG_HOOK}' '${BIN}'${args}; echo "exit=$?"`,
  );
  return {
    terminal,
    /** The built files loaded so far. */
    loaded: () => loadedFiles(log),
    /** Whether the presenter chunk has been asked for (and held). */
    isHeld: () => existsSync(log) && readFileSync(log, 'utf8').includes('held '),
    /** What the program wrote so far, as text. */
    output: () => readFileSync(output, 'latin1'),
    release: () => writeFileSync(hold, ''),
    dir,
  };
}

/** How many times `needle` occurs in `haystack`. */
function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** Waits until `predicate` holds; throws after `ms`. */
async function until(predicate: () => boolean, what: string, ms = WAIT_MS): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the first frame is painted before Ink loads (tmux, 100×30)', () => {
  it('paints the whole first frame before Ink, and Ink’s first render leaves exactly the same screen', async () => {
    const run = startHeld();
    const t = run.terminal;
    await t.waitForText(footer);
    await until(run.isHeld, 'the presenter chunk to be asked for');
    // Ink and React are not loaded: the frame on screen is the early paint.
    expect(inkOrReactFiles(run.loaded())).toEqual([]);
    const early = t.styledScreen();
    expect(early).toContain('Le Venezuela et la Russie');
    expect(early).toContain('? help');
    expect(early).toMatch(/\x1b\[[0-9;]*m/); // in colour: the comparison covers the styles too
    const footerBytes = `${footer}`;
    // The early paint wrote the footer once (the byte stream says so, not the screen).
    expect(occurrences(run.output(), footerBytes)).toBe(1);

    run.release();
    // Ink's first render writes the frame again, ending with the footer.
    await until(() => occurrences(run.output(), footerBytes) >= 2, 'Ink’s first render');
    expect(inkOrReactFiles(run.loaded()).length).toBeGreaterThan(0);
    const afterInk = t.styledScreen();
    expect(afterInk).toBe(early);

    t.keys('q');
    await t.waitForText('exit=0');
  });

  it('paints again on a resize before Ink mounts, and Ink takes over at the new size without a difference', async () => {
    const run = startHeld();
    const t = run.terminal;
    await t.waitForText(footer);
    await until(run.isHeld, 'the presenter chunk to be asked for');
    t.resize(60, 20);
    await until(() => occurrences(run.output(), footer) >= 2, 'the early frame painted again');
    const early = await t.waitFor((s) => s.split('\n').some((line) => line.startsWith('  1/') && line.endsWith('? help')));
    expect(early).toContain('Le Venezuela et la Russie');
    for (const line of early.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
    expect(inkOrReactFiles(run.loaded())).toEqual([]);
    const styled = t.styledScreen();
    run.release();
    await until(() => occurrences(run.output(), footer) >= 3, 'Ink’s first render');
    expect(t.styledScreen()).toBe(styled);
    t.keys('q');
    await t.waitForText('exit=0');
  });

  it('answers keys pressed at the first paint before Ink loads, in order, without echoing them; Ink continues from there', async () => {
    const run = startHeld();
    const t = run.terminal;
    await t.waitForText(footer);
    // Sent as soon as the first frame shows. End then Left ends on the last slide but one; the other
    // order would end on the last.
    t.keys('End');
    t.keys('Left');
    const moved = await t.waitForText(`${count - 1}/${count} `);
    expect(moved).toContain(deck.slides[count - 2]?.title ?? '');
    expect(moved).not.toContain('^[');
    await until(run.isHeld, 'the presenter chunk to be asked for');
    expect(inkOrReactFiles(run.loaded())).toEqual([]);
    const early = t.styledScreen();
    const footerBytes = `${count - 1}/${count} `;
    const paintedBefore = occurrences(run.output(), footerBytes);
    run.release();
    // Ink's first render draws the same frame over the last early one.
    await until(() => occurrences(run.output(), footerBytes) > paintedBefore, 'Ink’s first render');
    expect(inkOrReactFiles(run.loaded()).length).toBeGreaterThan(0);
    expect(t.styledScreen()).toBe(early);
    // From there Ink takes the keys: back to the first slide, then through every slide.
    t.keys('Home');
    await t.waitForText(footer);
    for (let n = 2; n <= count; n++) {
      t.keys('Right');
      await t.waitForText(`${n}/${count} `);
    }
    t.keys('q');
    await t.waitForText('exit=0');
  });

  it('steps through every slide while Ink is held back, and q quits with 0 before Ink mounts', async () => {
    const run = startHeld();
    const t = run.terminal;
    await t.waitForText(footer);
    for (let n = 2; n <= count; n++) {
      t.keys('Right');
      const screen = await t.waitForText(`${n}/${count} `);
      expect(screen).toContain(deck.slides[n - 1]?.title ?? '');
    }
    await until(run.isHeld, 'the presenter chunk to be asked for');
    expect(inkOrReactFiles(run.loaded())).toEqual([]);
    t.keys('q');
    // The screen is restored at once, Ink still held back; the process ends once the chunk is let go.
    await t.waitFor((s) => !s.includes(`${count}/${count} `));
    run.release();
    await t.waitForText('exit=0');
  });

  it('with --watch, an edit saved while Ink loads shows once Ink is up, on the slide the early keys reached', async () => {
    const text = runCli(['export']).stdout;
    const run = startHeld(' present --watch deck.md', { 'deck.md': text });
    const t = run.terminal;
    await t.waitForText(footer);
    t.keys('3', 'G');
    await t.waitForText(`3/${count} `);
    await until(run.isHeld, 'the presenter chunk to be asked for');
    const heading = `## ${deck.slides[2]?.title ?? ''}\n`;
    expect(text).toContain(heading);
    // Saved the way editors do: a temporary file renamed over the deck.
    writeFileSync(join(run.dir, '.deck.md.swp'), text.replace(heading, `${heading}\n- Une ligne ajoutée pendant le chargement\n`));
    renameSync(join(run.dir, '.deck.md.swp'), join(run.dir, 'deck.md'));
    // Time for the watcher's debounce to fire before Ink is up.
    await new Promise((r) => setTimeout(r, 400));
    expect(inkOrReactFiles(run.loaded())).toEqual([]);
    run.release();
    const edited = await t.waitForText('Une ligne ajoutée pendant le chargement');
    expect(edited).toContain(`3/${count} `);
    t.keys('q');
    await t.waitForText('exit=0');
  });

  it('Ctrl+C pressed before Ink mounts exits 130 and restores the screen', async () => {
    const run = startHeld();
    const t = run.terminal;
    await t.waitForText(footer);
    await until(run.isHeld, 'the presenter chunk to be asked for');
    t.keys('C-c');
    // Time for the early reader to take the key before Ink loads; if Ink takes it, it exits 130 too.
    await new Promise((r) => setTimeout(r, 200));
    run.release();
    const after = await t.waitForText('exit=130');
    expect(after).not.toContain(footer);
  });
});
