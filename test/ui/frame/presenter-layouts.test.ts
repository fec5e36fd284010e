import { describe, it, expect } from 'vitest';
import { toBlocks } from '../../../src/markdown/blocks';
import { displayWidth } from '../../../src/text/display-width';
import { fold } from '../../../src/text/fold';
import { layoutBlocks, SCREEN_LAYOUT } from '../../../src/text/layout-blocks';
import { lineText } from '../../../src/text/styled-line';
import { overviewScreen } from '../../../src/ui/frame/overview-layout';
import { paginate } from '../../../src/ui/frame/pages';
import { clockLine, formatDuration, paceText, panelScreen } from '../../../src/ui/frame/panel-layout';
import { revealSteps } from '../../../src/ui/frame/reveal-steps';
import { findMatch, matchRanges } from '../../../src/ui/state/search-text';

const titles = Array.from({ length: 30 }, (_, i) => `Slide ${i + 1}`);

describe('overviewScreen', () => {
  it('lists every slide with heading and hint when it fits, current and cursor marked', () => {
    const lines = overviewScreen(titles.slice(0, 3), 1, 2, 40, 12).map(lineText);
    expect(lines).toEqual(['Slides', '', '   1  Slide 1', ' • 2  Slide 2', '›  3  Slide 3', '', '', '', '', '', '', '↑ ↓ choose  Enter opens  Esc closes']);
  });

  it('follows the cursor through a long deck with marks, within its size', () => {
    for (const cursor of [0, 7, 15, 29]) {
      const lines = overviewScreen(titles, 0, cursor, 40, 8).map(lineText);
      expect(lines).toHaveLength(8);
      expect(lines.filter((l) => l.startsWith('›'))).toEqual([`›${cursor === 0 ? '•' : ' '} ${String(cursor + 1).padStart(2)}  Slide ${cursor + 1}`]);
      expect(lines[0]).toBe(cursor <= 3 ? '' : '↑ more');
      expect(lines[7]).toBe(cursor >= 27 ? '' : '↓ more');
    }
  });

  it('cuts long titles at the edge, never wider than the screen', () => {
    const lines = overviewScreen(['日本語のタイトル'.repeat(10)], 0, 0, 30, 6).map(lineText);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines[0]?.endsWith('…')).toBe(true);
  });
});

describe('panel', () => {
  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [65_000, '1:05'],
    [3_600_000 + 62_000, '1:01:02'],
    [-5, '0:00'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([
    [0, 0, 'on pace'],
    [30_000, 2, 'ahead by 1:30'],
    [200_000, 1, 'behind by 1:20'],
    [130_000, 2, 'on pace'],
  ])('at %i ms on slide index %i of 10 in 10 minutes: %s', (elapsed, index, text) => {
    expect(paceText(elapsed, 600_000, index, 10)).toBe(text);
  });

  it('shows the clock line, the next title and the notes within its size', () => {
    const now = new Date(2024, 0, 1, 9, 3, 7).getTime();
    const input = { notes: 'First note line\nSecond', nextTitle: 'Context', now, elapsedMs: 700_000, durationMs: 600_000, index: 9, count: 10 };
    expect(clockLine(input)).toBe('09:03:07   elapsed 11:40   over by 1:40   behind by 1:40');
    expect(clockLine({ ...input, elapsedMs: 60_000, index: 0 })).toBe('09:03:07   elapsed 1:00   left 9:00   on pace');
    expect(panelScreen(input, 60, 6).map(lineText)).toEqual([
      '09:03:07   elapsed 11:40   over by 1:40   behind by 1:40',
      'Next: Context',
      '',
      'First note line',
      'Second',
      '',
    ]);
    expect(panelScreen({ ...input, notes: '' }, 60, 5).map(lineText)[3]).toBe('(no notes)');
  });
});

describe('revealSteps', () => {
  const text = (blocks: ReturnType<typeof toBlocks>) => layoutBlocks(blocks, { ...SCREEN_LAYOUT, width: 40 }).map(lineText).join('|');

  it('cuts at pauses only, without bullet reveal', () => {
    const steps = revealSteps(toBlocks('Intro\n\n- a\n- b\n\n<!-- pause -->\n\n- c'), false);
    expect(steps.map(text)).toEqual(['Intro||• a|• b', 'Intro||• a|• b||• c']);
  });

  it('shows one more top-level bullet per step with bullet reveal', () => {
    const steps = revealSteps(toBlocks('Intro\n\n- a\n- b\n  - nested\n\nEnd'), true);
    expect(steps.map(text)).toEqual(['Intro', 'Intro||• a', 'Intro||• a|• b|  ◦ nested||End']);
  });

  it('has one step for an empty body', () => {
    expect(revealSteps([], true)).toEqual([[]]);
  });
});

describe('search text and pages', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('ÉCONOMIE Œuvre l’État')).toBe("economie oeuvre l'etat");
  });

  it('finds match ranges in the original text', () => {
    expect(matchRanges('La Crise Économique, la crise', 'crise')).toEqual([[3, 8], [24, 29]]);
    expect(matchRanges('Œuvre', 'oeuv')).toEqual([[0, 3]]);
    expect(matchRanges('abc', ' ')).toEqual([]);
  });

  it('finds the next slide that matches, wrapping, the current one last', () => {
    const hay = ['a', 'x', 'b', 'x'].map(fold);
    expect(findMatch(hay, 'x', 1, 1)).toBe(3);
    expect(findMatch(hay, 'x', 3, 1)).toBe(1);
    expect(findMatch(hay, 'x', 1, -1)).toBe(3);
    expect(findMatch(hay, 'a', 0, 1)).toBe(0);
    expect(findMatch(hay, 'z', 0, 1)).toBeUndefined();
  });

  it('cuts lines into pages whose marks fit the height', () => {
    expect(paginate(5, 5)).toEqual([{ start: 0, end: 5, hasAbove: false, hasBelow: false }]);
    expect(paginate(10, 4)).toEqual([
      { start: 0, end: 3, hasAbove: false, hasBelow: true },
      { start: 3, end: 5, hasAbove: true, hasBelow: true },
      { start: 5, end: 7, hasAbove: true, hasBelow: true },
      { start: 7, end: 10, hasAbove: true, hasBelow: false },
    ]);
    expect(paginate(3, 1).map((p) => [p.start, p.end])).toEqual([[0, 1], [1, 2], [2, 3]]);
  });
});
