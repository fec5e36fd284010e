import { FakeStdin, FakeStdout } from '../fake-terminal';
import { describe, it, expect } from 'vitest';
import type { Deck } from '../../../src/deck/deck';
import { runPresenter } from '../../../src/ui/ink/run-presenter';
import { Screen } from '../../../src/ui/terminal/screen';
import { eventually } from '../eventually';

const deck: Deck = {
  title: 'Deck',
  lang: 'en',
  slides: [
    { kind: 'title', title: 'Deck', body: '- Alice, Bob', notes: '', sources: [] },
    { kind: 'markdown', title: 'Second', body: 'Text', notes: '', sources: [] },
  ],
};

function start() {
  const stdin = new FakeStdin();
  const stdout = new FakeStdout();
  const screen = new Screen(stdout as unknown as NodeJS.WriteStream);
  const done = runPresenter(deck, { stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream, screen }, { start: 1 });
  return { stdin, stdout, screen, done };
}

describe('runPresenter', () => {
  it('enters the alternate screen with a hidden cursor first, and restores the terminal last, resolving 0 on q', async () => {
    const { stdin, stdout, done } = start();
    expect(stdout.written.startsWith('\x1b[?1049h')).toBe(true);
    expect(stdout.written).toContain('\x1b[?25l');
    await eventually(() => expect(stdin.listenerCount('readable')).toBeGreaterThan(0));
    stdin.type('q');
    await expect(done).resolves.toBe(0);
    expect(stdout.written.endsWith('\x1b[?25h\x1b[?1049l')).toBe(true);
  });

  it('resolves 130 on Ctrl+C and 0 on Esc', async () => {
    for (const [key, code] of [['\x03', 130], ['\x1b', 0]] as const) {
      const { stdin, done } = start();
      await eventually(() => expect(stdin.listenerCount('readable')).toBeGreaterThan(0));
      stdin.type(key);
      await expect(done).resolves.toBe(code);
    }
  });

  it('clears the screen when the terminal is resized, not when a resize event changes nothing', async () => {
    const { stdin, stdout, done } = start();
    await eventually(() => expect(stdin.listenerCount('readable')).toBeGreaterThan(0));
    const before = stdout.written.length;
    stdout.emit('resize');
    expect(stdout.written.slice(before)).not.toContain('\x1b[2J');
    stdout.columns = 50;
    stdout.emit('resize');
    expect(stdout.written.slice(before).startsWith('\x1b[2J\x1b[H')).toBe(true);
    stdin.type('q');
    await expect(done).resolves.toBe(0);
    expect(stdout.listenerCount('resize')).toBe(0);
  });

  it('collects garbage before the warm-up and once it is done, not before it starts, 250 ms after the first frame', async () => {
    const stdin = new FakeStdin();
    const stdout = new FakeStdout();
    const collected: number[] = [];
    const io = { stdin: stdin as unknown as NodeJS.ReadStream, stdout: stdout as unknown as NodeJS.WriteStream };
    const started = Date.now();
    const done = runPresenter(deck, io, { start: 1, collectGarbage: () => collected.push(Date.now() - started) });
    await eventually(() => expect(stdin.listenerCount('readable')).toBeGreaterThan(0));
    expect(collected).toEqual([]);
    await eventually(() => expect(collected).toHaveLength(2));
    expect(collected[0]).toBeGreaterThanOrEqual(240);
    stdin.type('q');
    await expect(done).resolves.toBe(0);
    expect(collected).toHaveLength(2);
  });

  it('the screen writes the restore sequence once, and only when it entered the alternate screen', async () => {
    const { stdin, stdout, screen, done } = start();
    await eventually(() => expect(stdin.listenerCount('readable')).toBeGreaterThan(0));
    screen.restore();
    screen.restore();
    expect(stdout.written.split('\x1b[?1049l')).toHaveLength(2);
    stdin.type('q');
    await expect(done).resolves.toBe(0);
    expect(stdout.written.split('\x1b[?1049l')).toHaveLength(2);
    const other = new FakeStdout();
    new Screen(other as unknown as NodeJS.WriteStream).restore();
    expect(other.written).toBe('');
  });
});
