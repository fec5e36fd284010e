import { afterEach, describe, it, expect } from 'vitest';
import { cleanup, render } from 'ink-testing-library';
import type { Deck, Slide } from '../../src/deck/deck';
import { firstFrameView } from '../../src/ui/deck-view';
import { firstFrame, frameText, type EarlyPaintOptions } from '../../src/ui/early-paint';
import { Presenter } from '../../src/ui/Presenter';
import { themeNamed } from '../../src/ui/theme';

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
function inkFrame(columns: number, rows: number, options: EarlyPaintOptions): string {
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
function earlyFrame(columns: number, rows: number, options: EarlyPaintOptions): string {
  const text = frameText(firstFrame(firstFrameView(deck, options.reveal, options.start ?? 0), columns, rows, options), themeNamed(options.theme), options.hyperlinks);
  return text.split('\n').map((line) => line.trimEnd()).join('\n');
}

const base: EarlyPaintOptions = { reveal: false, theme: 'dark', hyperlinks: false, notes: false, now: NOW };

describe('the early paint draws the Presenter’s first frame', () => {
  const cases: [string, number, number, EarlyPaintOptions][] = [
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
