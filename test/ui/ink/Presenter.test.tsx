import { afterEach, describe, it, expect, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import type { Position } from '../../../src/ui/ink/Presenter';
import type { Deck, Slide } from '../../../src/deck/deck';
import { displayWidth } from '../../../src/text/display-width';
import { Presenter } from '../../../src/ui/ink/Presenter';
import { eventually } from '../eventually';

const slide = (kind: Slide['kind'], title: string, body: string): Slide => ({ kind, title, body, notes: '', sources: [] });

const deck: Deck = {
  title: 'Venezuela and Russia renew contracts',
  lang: 'en',
  slides: [
    slide('title', 'Venezuela and Russia renew contracts', 'Reuters · 29 June 2018\n\n- Nicolas Maduro, Yuri Borisov'),
    { ...slide('section', 'Context', '- Caracas hosted the signing\n- Both sides praised the deal'), section: 'context' },
    { ...slide('section', 'Agreements', '- Oil and gas\n\n<!-- pause -->\n\n- Wheat deliveries'), section: 'agreements' },
    slide('actors', 'Actors', '- People: Nicolas Maduro, Yuri Borisov'),
    slide('timeline', 'Timeline', '- **Saturday**: the contracts were renewed'),
  ],
};

type Rendered = ReturnType<typeof render>;

/** Writes keys and waits until the frame contains `expected`. */
async function type(app: Rendered, keys: string, expected: string): Promise<void> {
  app.stdin.write(keys);
  await eventually(() => expect(app.lastFrame()).toContain(expected));
}

/** Sets the fake terminal's size and tells Ink (ink-testing-library's stdout is 100 columns with no rows). */
function resize(app: Rendered, columns: number, rows: number): void {
  Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
  Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true });
  app.stdout.emit('resize');
}

afterEach(() => {
  cleanup();
});

describe('Presenter', () => {
  it('re-pages on a resize: grown so that a long slide fits, the first h goes to the previous slide', async () => {
    const long: Deck = {
      ...deck,
      slides: [deck.slides[0]!, slide('markdown', 'Forty bullets', Array.from({ length: 40 }, (_, i) => `- Bullet ${i + 1}`).join('\n')), deck.slides[1]!],
    };
    const firstBullet = /• Bullet 1 *$/m;
    const app = render(<Presenter deck={long} start={1} />);
    resize(app, 60, 12);
    await eventually(() => expect(app.lastFrame()).toMatch(firstBullet));
    // Three pages on: each l scrolls the long slide one page.
    for (let page = 1; page <= 3; page++) {
      const before = app.lastFrame();
      app.stdin.write('l');
      await eventually(() => expect(app.lastFrame()).not.toBe(before));
    }
    expect(app.lastFrame()).toContain('2/3');
    expect(app.lastFrame()).not.toMatch(firstBullet);
    resize(app, 60, 60);
    await eventually(() => expect(app.lastFrame()).toMatch(firstBullet));
    expect(app.lastFrame()).toContain('Bullet 40');
    await type(app, 'h', '1/3');
    expect(app.lastFrame()).toContain('Venezuela and Russia renew contracts');
  });

  it('draws the first frame: the title slide, its body and the footer, in rows - 1 lines', () => {
    const app = render(<Presenter deck={deck} columns={40} rows={10} />);
    expect(app.lastFrame()).toBe(
      [
        '',
        ' Venezuela and Russia renew contracts',
        '',
        ' Reuters · 29 June 2018',
        '',
        ' • Nicolas Maduro, Yuri Borisov',
        '',
        '',
        ' 1/5 ━─────  Title               ? help',
      ].join('\n'),
    );
  });

  it('draws a slide with its title verbatim, its body and its section in the footer', async () => {
    const app = render(<Presenter deck={deck} columns={40} rows={10} />);
    await type(app, 'l', '2/5');
    expect(app.lastFrame()).toBe(
      [
        ' Context',
        '',
        ' • Caracas hosted the signing',
        ' • Both sides praised the deal',
        '',
        '',
        '',
        '',
        ' 2/5 ━━────  Context             ? help',
      ].join('\n'),
    );
  });

  it.each([
    ['→', '\x1b[C'],
    ['↓', '\x1b[B'],
    ['l', 'l'],
    ['j', 'j'],
    ['Space', ' '],
    ['Enter', '\r'],
    ['PgDn', '\x1b[6~'],
  ])('%s goes to the next slide', async (_label, key) => {
    const app = render(<Presenter deck={deck} columns={60} rows={12} />);
    await type(app, key, '2/5');
    expect(app.lastFrame()).toContain('Context');
  });

  it.each([
    ['←', '\x1b[D'],
    ['↑', '\x1b[A'],
    ['h', 'h'],
    ['k', 'k'],
    ['Backspace', '\x7f'],
    ['PgUp', '\x1b[5~'],
  ])('%s goes to the previous slide', async (_label, key) => {
    const app = render(<Presenter deck={deck} start={3} columns={60} rows={12} />);
    expect(app.lastFrame()).toContain('4/5');
    await type(app, key, '3/5');
  });

  it('goes to the last slide with G and End, the first with g g and Home', async () => {
    const app = render(<Presenter deck={deck} columns={60} rows={12} />);
    await type(app, 'G', '5/5');
    await type(app, 'g', 'g  ? help');
    await type(app, 'g', '1/5');
    await type(app, '\x1b[F', '5/5');
    await type(app, '\x1b[H', '1/5');
  });

  it('goes to slide ‹count› with 3G and with digits then Enter, showing the pending digits', async () => {
    const app = render(<Presenter deck={deck} columns={60} rows={12} />);
    await type(app, '3', 'go to 3  ? help');
    expect(app.lastFrame()).toContain('1/5');
    await type(app, 'G', '3/5');
    await type(app, '4', 'go to 4');
    await type(app, '\r', '4/5');
    await type(app, '2\r', '2/5');
  });

  it('Backspace deletes a pending digit before going back', async () => {
    const app = render(<Presenter deck={deck} start={2} columns={60} rows={12} />);
    await type(app, '45', 'go to 45');
    await type(app, '\x7f', 'go to 4  ');
    app.stdin.write('\x7f');
    await eventually(() => expect(app.lastFrame()).not.toContain('go to'));
    expect(app.lastFrame()).toContain('3/5');
    await type(app, '\x7f', '2/5');
  });

  it('shows the help drawn from the key map, and Esc closes it before quitting', async () => {
    const onQuit = vi.fn();
    const app = render(<Presenter deck={deck} columns={100} rows={30} onQuit={onQuit} />);
    await type(app, '?', 'Keys');
    const frame = app.lastFrame() ?? '';
    for (const label of ['→ ↓ l j Space Enter PgDn', '← ↑ h k Backspace PgUp', 'g g, Home / G, End', '‹count› G, or digits then Enter', 'o, Tab', 'n / N', 'q, Esc, Ctrl+C']) {
      expect(frame).toContain(label);
    }
    await type(app, '\x1b', 'Venezuela and Russia');
    expect(onQuit).not.toHaveBeenCalled();
  });

  it('scrolls the help with ↓ when it does not fit', async () => {
    const app = render(<Presenter deck={deck} columns={40} rows={12} />);
    await type(app, '?', '↓ more');
    expect(app.lastFrame()).not.toContain('Ctrl+C');
    for (let i = 0; i < 12 && !(app.lastFrame() ?? '').includes('Ctrl+C'); i++) {
      const before = app.lastFrame();
      app.stdin.write('\x1b[B');
      await eventually(() => expect(app.lastFrame()).not.toBe(before));
    }
    expect(app.lastFrame()).toContain('q, Esc, Ctrl+C');
    expect(app.lastFrame()).toContain('↑ more');
  });

  it('Esc quits with 0 when nothing is open, q with 0, Ctrl+C with 130', async () => {
    for (const [key, code] of [['\x1b', 0], ['q', 0], ['\x03', 130]] as const) {
      const onQuit = vi.fn();
      const app = render(<Presenter deck={deck} columns={60} rows={12} onQuit={onQuit} />);
      app.stdin.write(key);
      await eventually(() => expect(onQuit).toHaveBeenCalledWith(code));
      expect(onQuit).toHaveBeenCalledTimes(1);
      cleanup();
    }
  });

  it('reveals a slide step by step at its pauses; the counter counts slides', async () => {
    const app = render(<Presenter deck={deck} start={2} columns={60} rows={12} />);
    expect(app.lastFrame()).toContain('Oil and gas');
    expect(app.lastFrame()).not.toContain('Wheat');
    await type(app, 'l', 'Wheat deliveries');
    expect(app.lastFrame()).toContain('3/5');
    await type(app, 'l', '4/5');
    await type(app, 'h', 'Wheat deliveries');
    expect(app.lastFrame()).toContain('3/5');
  });

  it('with reveal, shows one more bullet at each step', async () => {
    const app = render(<Presenter deck={deck} start={1} reveal columns={60} rows={12} />);
    expect(app.lastFrame()).toContain('Caracas hosted');
    expect(app.lastFrame()).not.toContain('Both sides');
    await type(app, ' ', 'Both sides');
    expect(app.lastFrame()).toContain('2/5');
    await type(app, ' ', '3/5');
  });

  it('scrolls a body taller than the screen with visible marks, then moves on', async () => {
    const long: Deck = { ...deck, slides: [slide('markdown', 'Long', Array.from({ length: 12 }, (_, i) => `- item ${i + 1}`).join('\n')), deck.slides[1] as Slide] };
    const app = render(<Presenter deck={long} columns={40} rows={10} />);
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[7]).toBe(' ↓ more');
    expect(lines[6]).toBe(' • item 5');
    await type(app, 'j', 'item 6');
    expect(app.lastFrame()?.split('\n').slice(0, 4)).toEqual([' Long', '', ' ↑ more', ' • item 6']);
    expect(app.lastFrame()).toContain('1/2');
    await type(app, 'j', 'item 12');
    expect(app.lastFrame()).not.toContain('↓ more');
    await type(app, 'j', '2/2');
    await type(app, 'k', 'item 12');
    await type(app, 'gg', 'item 1\n');
  });

  it('never draws a frame taller than rows - 1 or wider than the terminal', async () => {
    const wide: Deck = {
      ...deck,
      slides: [
        ...deck.slides,
        slide('markdown', 'Un titre très long qui ne tient pas sur une seule ligne de quarante colonnes', `- ${'日本語のテキスト 👨‍👩‍👧 🇫🇷 '.repeat(30)}\n\n\`\`\`\n${'x'.repeat(200)}\n\`\`\``),
      ],
    };
    for (const [columns, rows] of [[40, 10], [41, 11], [80, 24], [100, 30]] as const) {
      const app = render(<Presenter deck={wide} columns={columns} rows={rows} />);
      for (let i = 0; i < wide.slides.length; i++) {
        const frame = app.lastFrame() ?? '';
        const lines = frame.split('\n');
        expect(lines.length).toBeLessThanOrEqual(rows - 1);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
        if (i < wide.slides.length - 1) await type(app, `${i + 2}G`, `${i + 2}/${wide.slides.length}`);
      }
      cleanup();
    }
  });

  it('below 40×10 says what it needs, and the slide comes back when the terminal grows', async () => {
    const app = render(<Presenter deck={deck} />);
    resize(app, 80, 24);
    await eventually(() => expect((app.lastFrame() ?? '').split('\n')).toHaveLength(23));
    resize(app, 30, 8);
    await eventually(() => expect(app.lastFrame()).toBe('needs 40×10, has 30×8'));
    resize(app, 40, 9);
    await eventually(() => expect(app.lastFrame()).toBe('needs 40×10, has 40×9'));
    resize(app, 20, 6);
    await eventually(() => expect(app.lastFrame()).toBe('needs 40×10, has\n20×6'));
    resize(app, 40, 10);
    await eventually(() => expect(app.lastFrame()).toContain('1/5'));
    expect((app.lastFrame() ?? '').split('\n')).toHaveLength(9);
  });
});

describe('Presenter overlays and tools', () => {
  const noted: Deck = { ...deck, slides: deck.slides.map((s, i) => ({ ...s, notes: `Notes of slide ${i + 1}` })) };

  it('o lists every slide with its number and title, the current one marked; Down Down Enter opens slide 3', async () => {
    const app = render(<Presenter deck={deck} columns={60} rows={14} />);
    await type(app, 'o', 'Slides');
    const frame = app.lastFrame() ?? '';
    for (const [i, s] of deck.slides.entries()) expect(frame).toContain(`${i + 1}  ${s.title}`);
    expect(frame).toContain('›• 1  Venezuela and Russia renew contracts');
    await type(app, '\x1b[B', '›  2  Context');
    await type(app, '\x1b[B', '›  3  Agreements');
    await type(app, '\r', '3/5');
    expect(app.lastFrame()).toContain('Oil and gas');
    expect(app.lastFrame()).not.toContain('Slides');
  });

  it('Tab opens the overview too, and Esc closes it without moving', async () => {
    const app = render(<Presenter deck={deck} start={1} columns={60} rows={14} />);
    await type(app, '\t', 'Slides');
    expect(app.lastFrame()).toContain('›• 2  Context');
    await type(app, '\x1b[B', '›  3');
    app.stdin.write('\x1b');
    await eventually(() => expect(app.lastFrame()).not.toContain('Slides'));
    expect(app.lastFrame()).toContain('2/5');
  });

  it('scrolls the overview of a long deck to keep the cursor shown', async () => {
    const many: Deck = { ...deck, slides: Array.from({ length: 40 }, (_, i) => slide('markdown', `Slide number ${i + 1}`, 'x')) };
    const app = render(<Presenter deck={many} columns={40} rows={12} />);
    await type(app, 'o', '↓ more');
    await type(app, 'G', '›  40  Slide number 40');
    expect(app.lastFrame()).toContain('↑ more');
    expect(app.lastFrame()).not.toContain('Slide number 1\n');
    expect((app.lastFrame() ?? '').split('\n').length).toBeLessThanOrEqual(11);
    await type(app, '\r', '40/40');
  });

  it('/ searches forward, accents and case ignored; n, N repeat; misses are said plainly', async () => {
    const app = render(<Presenter deck={deck} columns={60} rows={12} />);
    await type(app, 'n', 'no search');
    await type(app, '/', '/▏');
    await type(app, 'wheat', '/wheat▏');
    await type(app, '\r', '3/5');
    expect(app.lastFrame()).toContain('Wheat deliveries');
    await type(app, '/xyzzy\r', 'no match for xyzzy');
    expect(app.lastFrame()).toContain('3/5');
    await type(app, '/CARACAS\r', '2/5');
    await type(app, 'n', 'only match');
  });

  it('b blanks the screen; the next key only unblanks', async () => {
    const app = render(<Presenter deck={deck} start={1} columns={60} rows={12} />);
    app.stdin.write('b');
    await eventually(() => expect((app.lastFrame() ?? '').trim()).toBe(''));
    await type(app, 'l', '2/5');
    expect(app.lastFrame()).toContain('Context');
  });

  it('p shows the notes, the next title, the clock and the elapsed time, ticking; with a duration the time left and pace', async () => {
    let now = new Date(2024, 0, 1, 14, 5, 9).getTime();
    const app = render(<Presenter deck={noted} columns={80} rows={24} durationMs={10 * 60_000} now={() => now} />);
    expect(app.lastFrame()).not.toContain('Notes of slide 1');
    await type(app, 'p', 'Notes of slide 1');
    expect(app.lastFrame()).toContain('Next: Context');
    expect(app.lastFrame()).toContain('14:05:09   elapsed 0:00   left 10:00   on pace');
    expect(app.lastFrame()).toContain('Venezuela and Russia renew contracts');
    now += 3 * 60_000 + 5_000;
    await eventually(() => expect(app.lastFrame()).toContain('14:08:14   elapsed 3:05   left 6:55   behind by 1:05'));
    await type(app, 'G', 'Next: (last slide)');
    expect(app.lastFrame()).toContain('Notes of slide 5');
    expect(app.lastFrame()).toContain('ahead by 4:55');
    app.stdin.write('\x1b');
    await eventually(() => expect(app.lastFrame()).not.toContain('Notes of slide 5'));
    expect(app.lastFrame()).toContain('5/5');
  });

  it('--notes opens the panel at the start; on a small screen the panel takes the slide area', () => {
    const app = render(<Presenter deck={noted} notes columns={40} rows={12} now={() => 0} />);
    const frame = app.lastFrame() ?? '';
    expect(frame).toContain('Notes of slide 1');
    expect(frame).toContain('elapsed 0:00');
    expect(frame.split('\n').length).toBeLessThanOrEqual(11);
  });

  it('r reloads, keeping the slide; a failed reload keeps the deck and says why in the footer', async () => {
    let next: Deck | Error = { ...deck, slides: deck.slides.map((s, i) => (i === 2 ? { ...s, body: '- Edited in place' } : s)) };
    const reload = () => (next instanceof Error ? Promise.reject(next) : Promise.resolve(next));
    const app = render(<Presenter deck={deck} start={2} columns={60} rows={12} reload={reload} />);
    await type(app, 'r', 'Edited in place');
    expect(app.lastFrame()).toContain('3/5');
    expect(app.lastFrame()).toContain('reloaded');
    next = new Error('deck.md: the deck has no slide');
    await type(app, 'r', 'deck.md: the deck has no slide');
    expect(app.lastFrame()).toContain('Edited in place');
    await type(app, 'l', '4/5');
    expect(app.lastFrame()).toContain('deck.md: the deck has no slide');
  });

  it('reloads when the watcher says the file changed', async () => {
    let changed: (() => void) | undefined;
    const watch = (onChange: () => void) => {
      changed = onChange;
      return () => {
        changed = undefined;
      };
    };
    const edited: Deck = { ...deck, slides: deck.slides.map((s, i) => (i === 2 ? { ...s, title: 'Agreements, edited' } : s)) };
    const app = render(<Presenter deck={deck} start={2} columns={60} rows={12} watch={watch} reload={() => Promise.resolve(edited)} />);
    await eventually(() => expect(changed).toBeDefined());
    changed?.();
    await eventually(() => expect(app.lastFrame()).toContain('Agreements, edited'));
    expect(app.lastFrame()).toContain('3/5');
    cleanup();
    expect(changed).toBeUndefined();
  });

  it('tells a follower where it is, and follows a leader', async () => {
    const moves: Position[] = [];
    let lead: ((p: Position) => void) | undefined;
    const app = render(
      <Presenter
        deck={deck}
        columns={60}
        rows={12}
        onMove={(p) => moves.push(p)}
        follow={(listener) => {
          lead = listener;
          return () => undefined;
        }}
      />,
    );
    await type(app, 'l', '2/5');
    // The position is published by an effect after the frame: wait for it rather than race it.
    await eventually(() => expect(moves).toEqual([{ slide: 0, step: 0 }, { slide: 1, step: 0 }]));
    lead?.({ slide: 3, step: 0 });
    await eventually(() => expect(app.lastFrame()).toContain('4/5'));
  });

  it('Esc cancels a count, then the help, then the panel, and only then quits', async () => {
    const onQuit = vi.fn();
    const app = render(<Presenter deck={noted} columns={80} rows={24} onQuit={onQuit} now={() => 0} />);
    await type(app, 'p', 'Notes of slide 1');
    await type(app, '?', 'Keys');
    await type(app, '3', 'go to 3');
    app.stdin.write('\x1b');
    await eventually(() => expect(app.lastFrame()).not.toContain('go to 3'));
    expect(app.lastFrame()).toContain('Keys');
    await type(app, '\x1b', 'Notes of slide 1');
    app.stdin.write('\x1b');
    await eventually(() => expect(app.lastFrame()).not.toContain('Notes of slide 1'));
    expect(onQuit).not.toHaveBeenCalled();
    app.stdin.write('\x1b');
    await eventually(() => expect(onQuit).toHaveBeenCalledWith(0));
  });
});

describe('links', () => {
  const linked: Deck = {
    title: 'Sources',
    lang: 'en',
    slides: [slide('markdown', 'Sources', '- Read [the report](https://example.org/report) first')],
  };

  it('shows the URL in the text by default', () => {
    const app = render(<Presenter deck={linked} columns={80} rows={20} />);
    expect(app.lastFrame()).toContain('the report (https://example.org/report)');
    expect(app.lastFrame()).not.toContain('\u001b]8;');
  });

  it('draws an OSC 8 hyperlink with hyperlinks on, without the URL in the text', () => {
    const app = render(<Presenter deck={linked} columns={80} rows={20} hyperlinks />);
    expect(app.lastFrame()).toContain('\u001b]8;;https://example.org/report');
    expect(app.lastFrame()).not.toContain('(https://example.org/report)');
  });
});
