import { afterEach, describe, it, expect, vi } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import type { Deck, Slide } from '../../src/deck/deck';
import { displayWidth } from '../../src/text/display-width';
import { Presenter } from '../../src/ui/Presenter';

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
  await vi.waitFor(() => expect(app.lastFrame()).toContain(expected));
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
    await vi.waitFor(() => expect(app.lastFrame()).not.toContain('go to'));
    expect(app.lastFrame()).toContain('3/5');
    await type(app, '\x7f', '2/5');
  });

  it('shows the help drawn from the key map, and Esc closes it before quitting', async () => {
    const onQuit = vi.fn();
    const app = render(<Presenter deck={deck} columns={60} rows={14} onQuit={onQuit} />);
    await type(app, '?', 'Keys');
    const frame = app.lastFrame() ?? '';
    for (const label of ['→ ↓ l j Space Enter PgDn', '← ↑ h k Backspace PgUp', 'g g, Home', 'G, End', 'q, Esc, Ctrl+C']) {
      expect(frame).toContain(label);
    }
    await type(app, '\x1b', 'Venezuela and Russia');
    expect(onQuit).not.toHaveBeenCalled();
  });

  it('Esc quits with 0 when nothing is open, q with 0, Ctrl+C with 130', async () => {
    for (const [key, code] of [['\x1b', 0], ['q', 0], ['\x03', 130]] as const) {
      const onQuit = vi.fn();
      const app = render(<Presenter deck={deck} columns={60} rows={12} onQuit={onQuit} />);
      app.stdin.write(key);
      await vi.waitFor(() => expect(onQuit).toHaveBeenCalledWith(code));
      expect(onQuit).toHaveBeenCalledTimes(1);
      cleanup();
    }
  });

  it('reveals a slide step by step at its pauses with reveal on, and shows it whole otherwise', async () => {
    const app = render(<Presenter deck={deck} start={2} reveal columns={60} rows={12} />);
    expect(app.lastFrame()).toContain('Oil and gas');
    expect(app.lastFrame()).not.toContain('Wheat');
    await type(app, 'l', 'Wheat deliveries');
    expect(app.lastFrame()).toContain('3/5');
    await type(app, 'l', '4/5');
    cleanup();
    const whole = render(<Presenter deck={deck} start={2} columns={60} rows={12} />);
    expect(whole.lastFrame()).toContain('Wheat deliveries');
  });

  it('clips a body taller than the screen with a visible mark', () => {
    const long: Deck = { ...deck, slides: [slide('markdown', 'Long', Array.from({ length: 40 }, (_, i) => `- item ${i + 1}`).join('\n'))] };
    const app = render(<Presenter deck={long} columns={40} rows={10} />);
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[7]).toBe(' ↓ more');
    expect(lines[6]).toBe(' • item 5');
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
        if (i < wide.slides.length - 1) await type(app, 'l', `${i + 2}/${wide.slides.length}`);
      }
      cleanup();
    }
  });

  it('below 40×10 says what it needs, and the slide comes back when the terminal grows', async () => {
    const app = render(<Presenter deck={deck} />);
    resize(app, 80, 24);
    await vi.waitFor(() => expect((app.lastFrame() ?? '').split('\n')).toHaveLength(23));
    resize(app, 30, 8);
    await vi.waitFor(() => expect(app.lastFrame()).toBe('needs 40×10, has 30×8'));
    resize(app, 40, 9);
    await vi.waitFor(() => expect(app.lastFrame()).toBe('needs 40×10, has 40×9'));
    resize(app, 40, 10);
    await vi.waitFor(() => expect(app.lastFrame()).toContain('1/5'));
    expect((app.lastFrame() ?? '').split('\n')).toHaveLength(9);
  });
});
