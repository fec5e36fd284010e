import { FakeStdin, FakeStdout } from '../fake-terminal';
import { afterEach, describe, it, expect } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import type { Deck, Slide } from '../../../src/deck/deck';
import { frameAt, frameText, laidOut, startEarlyPresenter } from '../../../src/ui/terminal/early-paint';
import type { NavState } from '../../../src/ui/state/navigation';
import { presenterStart, type PresenterStart, type StartOptions } from '../../../src/ui/terminal/presenter-start';
import { Screen } from '../../../src/ui/terminal/screen';
import { Presenter } from '../../../src/ui/ink/Presenter';
import { themeNamed } from '../../../src/ui/frame/theme';
import { eventually } from '../eventually';

const slide = (kind: Slide['kind'], title: string, body: string, notes = ''): Slide => ({ kind, title, body, notes, sources: [] });

const deck: Deck = {
  title: 'Venezuela and Russia renew contracts',
  lang: 'en',
  slides: [
    slide('title', 'Venezuela and Russia renew contracts', 'Reuters · 29 June 2018\n\n- Nicolas Maduro, Yuri Borisov', 'Open with the date.'),
    { ...slide('section', 'Context', '- Caracas hosted the signing\n- Both sides praised the deal', 'Say who was there.'), section: 'context' },
    { ...slide('section', 'Agreements', '- Oil and gas\n\n<!-- pause -->\n\n- Wheat deliveries'), section: 'agreements' },
    slide('markdown', '東京 and Zürich: wide 🎉 text', '| a | b |\n|---|---|\n| 1 | 2 |\n\n> a quote with **bold** and `code`\n\n1. one\n2. two'),
    slide('timeline', 'Timeline', Array.from({ length: 40 }, (_, i) => `- **Day ${i}**: something happened`).join('\n')),
  ],
};

const NOW = Date.UTC(2026, 0, 2, 10, 20, 30);

afterEach(() => {
  cleanup();
});

/** Ink's first frame of the Presenter at a size, as ink-testing-library sees it. */
function inkFrame(columns: number, rows: number, options: StartOptions): string {
  const app = render(
    <Presenter
      deck={deck}
      columns={columns}
      rows={rows}
      {...(options.start === undefined ? {} : { start: options.start })}
      reveal={options.reveal}
      notes={options.notes}
      {...(options.durationMs === undefined ? {} : { durationMs: options.durationMs })}
      now={() => NOW}
    />,
  );
  return app.lastFrame() ?? '';
}

/** The early paint's text for the same start, with trailing blanks trimmed per line as Ink does. */
function earlyFrame(columns: number, rows: number, options: StartOptions): string {
  const start = presenterStart(deck, options);
  const text = frameText(frameAt(start, laidOut(start, start.state, columns, rows), columns, rows, options.now), themeNamed(options.theme), options.hyperlinks);
  return text.split('\n').map((line) => line.trimEnd()).join('\n');
}

const base: StartOptions = { reveal: false, theme: 'dark', hyperlinks: false, notes: false, now: NOW };

describe('the early paint draws the Presenter’s first frame', () => {
  const cases: [string, number, number, StartOptions][] = [
    ['the title slide at 100×30', 100, 30, base],
    ['a section at 100×30', 100, 30, { ...base, start: 1 }],
    ['reveal steps', 80, 24, { ...base, start: 2, reveal: true }],
    ['wide characters, a table, a quote', 60, 20, { ...base, start: 3 }],
    ['a long slide, scrolled', 100, 30, { ...base, start: 4 }],
    ['a narrow terminal (margin 1)', 45, 12, { ...base, start: 1 }],
    ['the notes panel below the slide', 100, 30, { ...base, start: 1, notes: true, durationMs: 600_000 }],
    ['the notes panel alone', 80, 15, { ...base, notes: true }],
    ['a start past the end (clamped)', 100, 30, { ...base, start: 99 }],
    ['a terminal below the minimum', 30, 8, base],
  ];
  for (const [name, columns, rows, options] of cases) {
    it(name, () => {
      const early = earlyFrame(columns, rows, options);
      expect(early.split('\n').length).toBeLessThan(rows);
      expect(early.trim()).not.toBe('');
      expect(early).toBe(inkFrame(columns, rows, options));
    });
  }
});

/** The early presenter on fake streams at a size. */
function early(columns: number, rows: number, options: StartOptions) {
  const stdin = new FakeStdin();
  const stdout = new FakeStdout(columns, rows);
  const screen = new Screen(stdout as unknown as NodeJS.WriteStream);
  const start = presenterStart(deck, options);
  const presenter = startEarlyPresenter(start, screen, stdin as unknown as NodeJS.ReadStream, () => NOW);
  /** The last frame painted, as Ink's frame reads (trailing blanks trimmed). */
  const lastFrame = () => (stdout.written.split('\x1b[H').at(-2) ?? '').split('\n').map((line) => line.trimEnd()).join('\n');
  return { stdin, stdout, start, presenter, lastFrame };
}

/** Ink's frame of the Presenter continuing from the early presenter's start and state, after `keys`. */
async function continued(start: PresenterStart, state: NavState, columns: number, rows: number, keys = ''): Promise<string> {
  const app = render(<Presenter deck={deck} prepared={start.prepared} initialState={state} startedAt={start.startedAt} columns={columns} rows={rows} now={() => NOW} />);
  if (keys !== '') {
    await eventually(() => expect(app.stdin.listenerCount('readable')).toBeGreaterThan(0));
    const before = app.frames.length;
    app.stdin.write(keys);
    await eventually(() => expect(app.frames.length).toBeGreaterThan(before));
  }
  return app.lastFrame() ?? '';
}

describe('the early presenter answers keys before Ink, and Ink continues from there', () => {
  it('paints the frame each key leads to, the Presenter’s frame for the same keys', async () => {
    const e = early(100, 30, base);
    e.stdin.type('l');
    e.stdin.type('\x1b[C\x1b[B');
    e.stdin.type('\x1b[D');
    const state = e.presenter.stop();
    expect(state).toMatchObject({ slide: 2, step: 0 });
    const painted = e.lastFrame();
    expect(painted).toContain('Agreements');
    // Ink's first frame over it is the same frame.
    expect(await continued(e.start, state, 100, 30)).toBe(painted);
    // And the same as a Presenter that got every key itself.
    const alone = render(<Presenter deck={deck} columns={100} rows={30} now={() => NOW} />);
    await eventually(() => expect(alone.stdin.listenerCount('readable')).toBeGreaterThan(0));
    alone.stdin.write('l\x1b[C\x1b[B\x1b[D');
    await eventually(() => expect(alone.lastFrame()).toContain('Agreements'));
    expect(alone.lastFrame()).toBe(painted);
  });

  it('scrolls a long slide page by page as the Presenter does (the layout is known before Ink)', async () => {
    const e = early(100, 30, { ...base, start: 4 });
    e.stdin.type('l');
    const state = e.presenter.stop();
    expect(state).toMatchObject({ slide: 4, page: 1 });
    expect(await continued(e.start, state, 100, 30)).toBe(e.lastFrame());
  });

  it('leaves a sequence it does not decode, and every key after it, to Ink: none lost, none applied twice', async () => {
    const e = early(100, 30, base);
    e.stdin.type('l\x1b[1;5Cl');
    e.stdin.type('l');
    const state = e.presenter.stop();
    expect(state.slide).toBe(1);
    expect(e.stdin.read()).toBe('\x1b[1;5Cl');
    expect(e.stdin.read()).toBe('l');
    // Ink, handed the rest, ends where one Presenter given all the keys ends.
    const frame = await continued(e.start, state, 100, 30, '\x1b[1;5Cll');
    cleanup();
    const alone = await continued(presenterStart(deck, base), presenterStart(deck, base).state, 100, 30, 'l\x1b[1;5Cll');
    expect(frame).toBe(alone);
    expect(frame).not.toBe(e.lastFrame());
  });

  it('hands a reload pressed before Ink over to the Presenter, which reloads as it mounts', async () => {
    const e = early(100, 30, base);
    e.stdin.type('lr');
    const state = e.presenter.stop();
    expect(e.presenter.handedOver).toEqual([{ type: 'reload' }]);
    let reads = 0;
    const reloaded: Deck = { ...deck, slides: deck.slides.map((slide, i) => (i === 1 ? { ...slide, body: '- Reloaded body' } : slide)) };
    const reload = () => {
      reads++;
      return Promise.resolve(reloaded);
    };
    const app = render(<Presenter deck={deck} prepared={e.start.prepared} initialState={state} initialEffects={e.presenter.handedOver} reload={reload} startedAt={e.start.startedAt} columns={100} rows={30} now={() => NOW} />);
    await eventually(() => expect(app.lastFrame()).toContain('Reloaded body'));
    expect(reads).toBe(1);
  });

  it('quits on q (0) and Ctrl+C (130), reading nothing after', async () => {
    for (const [keys, code] of [['lq', 0], ['\x03l', 130]] as const) {
      const e = early(100, 30, base);
      e.stdin.type(keys);
      e.stdin.type('l');
      await expect(e.presenter.quit).resolves.toBe(code);
      expect(e.stdin.read()).toBe('l');
      expect(e.presenter.stop().exitCode).toBe(code);
    }
  });

  it('paints again at a new size after a resize, and not after a resize that changes nothing', () => {
    const e = early(100, 30, base);
    const before = e.stdout.written.length;
    e.stdout.emit('resize');
    expect(e.stdout.written.length).toBe(before);
    e.stdout.columns = 60;
    e.stdout.rows = 20;
    e.stdout.emit('resize');
    expect(e.stdout.written.slice(before).startsWith('\x1b[2J\x1b[H')).toBe(true);
    expect(e.lastFrame()).toBe(earlyFrame(60, 20, base));
    e.presenter.stop();
    e.stdout.emit('resize');
  });
});
