import { describe, it, expect } from 'vitest';
import type { Slide } from '../../src/deck/deck';
import { toBlocks } from '../../src/markdown/blocks';
import { displayWidth } from '../../src/text/display-width';
import { lineText } from '../../src/text/styled-line';
import { footerLine, helpScreen, revealGroups, sectionLabel, slideScreen, tooSmallMessage } from '../../src/ui/screen-layout';
import { themeFromColorFgBg } from '../../src/ui/theme';

const slide = (kind: Slide['kind'], title: string): Slide => ({ kind, title, body: '', notes: '', sources: [] });

describe('screen layout', () => {
  it('says exactly what size it needs', () => {
    expect(tooSmallMessage(30, 8)).toBe('needs 40×10, has 30×8');
  });

  it('fills the footer to the width with position, bar, section, pending count and ? help', () => {
    const line = lineText(footerLine({ index: 1, count: 4, section: 'Crise économique', pending: 'go to 12', width: 60 }));
    expect(line).toBe(`2/4 ━━━━━─────  Crise économique${' '.repeat(12)}go to 12  ? help`);
    expect(displayWidth(line)).toBe(60);
  });

  it('truncates a long section rather than pushing ? help off the line', () => {
    for (const width of [38, 50, 96]) {
      const line = lineText(footerLine({ index: 0, count: 120, section: 'Accords '.repeat(20), pending: 'go to 100', width }));
      expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(line.endsWith('go to 100  ? help')).toBe(true);
      expect(line).toContain('…');
    }
  });

  it('labels the footer with a section slide title, else the kind in the deck language', () => {
    expect(sectionLabel({ ...slide('section', 'Accords (1/2)'), section: 'agreements' }, 'fr')).toBe('Accords (1/2)');
    expect(sectionLabel(slide('actors', 'Acteurs'), 'fr')).toBe('Acteurs');
    expect(sectionLabel(slide('timeline', 'Timeline'), 'en')).toBe('Timeline');
    expect(sectionLabel(slide('markdown', 'Anything'), 'en')).toBe('');
  });

  it('gives the slide view exactly its height, the title wrapped in full, the body clipped with ↓ more', () => {
    const body = Array.from({ length: 20 }, (_, i) => [{ text: `line ${i}`, style: { role: 'text' } } as const]);
    const lines = slideScreen(slide('markdown', 'A title long enough to need two lines here'), body, 24, 8).map(lineText);
    expect(lines).toEqual(['A title long enough to', 'need two lines here', '', 'line 0', 'line 1', 'line 2', 'line 3', '↓ more']);
  });

  it('draws the help from the key map within its width and height, labels never cut', () => {
    const lines = helpScreen(38, 12).map(lineText);
    expect(lines).toEqual([
      'Keys',
      '',
      '→ ↓ l j Space Enter PgDn  next',
      '← ↑ h k Backspace PgUp    previous',
      'g g, Home                 first',
      'G, End                    last',
      '‹count› G, or digits then Enter',
      '  go to slide ‹count›',
      '?                         help',
      'q, Esc, Ctrl+C            quit (Ctrl+…',
      '',
      '? or Esc closes this help',
    ]);
    const clipped = helpScreen(38, 8).map(lineText);
    expect(clipped).toHaveLength(8);
    expect(clipped[7]).toBe('↓ more');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(38);
  });

  it('cuts a body into reveal steps at top-level pauses, dropping empty steps', () => {
    const groups = revealGroups(toBlocks('<!-- pause -->\n\na\n\n<!-- pause -->\n\n<!-- pause -->\n\nb\n\n<!-- pause -->'));
    expect(groups.map((g) => g.length)).toEqual([1, 1]);
    expect(revealGroups([])).toEqual([[]]);
  });
});

describe('themeFromColorFgBg', () => {
  it.each([
    [undefined, 'dark'],
    ['15;0', 'dark'],
    ['0;15', 'light'],
    ['0;default;7', 'light'],
    ['default;default', 'dark'],
    ['12;8', 'dark'],
  ] as const)('%s gives %s', (value, theme) => {
    expect(themeFromColorFgBg(value)).toBe(theme);
  });
});
