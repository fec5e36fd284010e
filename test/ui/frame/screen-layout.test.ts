import { describe, it, expect } from 'vitest';
import type { Slide } from '../../../src/deck/deck';
import { displayWidth } from '../../../src/text/display-width';
import { lineText } from '../../../src/text/styled-line';
import { MATCH_STYLE } from '../../../src/ui/frame/highlight';
import { footerLine, helpPageCount, helpScreen, sectionLabel, slidePageCount, slideScreen, tooSmallMessage } from '../../../src/ui/frame/screen-layout';
import { themeFromColorFgBg } from '../../../src/ui/frame/theme';

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

  it('labels the footer with a section slide title, else the name the deck gives the kind in its language', () => {
    expect(sectionLabel({ ...slide('section', 'Accords (1/2)'), section: 'agreements' }, 'fr')).toBe('Accords (1/2)');
    // The same names as the slides' own titles in deck/slide-titles.json, not a second list.
    expect(sectionLabel(slide('actors', 'Qui est qui'), 'fr')).toBe('Acteurs clés');
    expect(sectionLabel(slide('figures', 'Numbers'), 'en')).toBe('Key figures');
    expect(sectionLabel(slide('timeline', 'Dates'), 'en')).toBe('Timeline');
    expect(sectionLabel(slide('title', 'Le Venezuela et la Russie'), 'fr')).toBe('Titre');
    expect(sectionLabel(slide('markdown', 'Anything'), 'en')).toBe('');
  });

  it('gives the slide view exactly its height, the title wrapped in full, the body clipped with ↓ more', () => {
    const body = Array.from({ length: 20 }, (_, i) => [{ text: `line ${i}`, style: { role: 'text' } } as const]);
    const lines = slideScreen(slide('markdown', 'A title long enough to need two lines here'), body, 24, 8).map(lineText);
    expect(lines).toEqual(['A title long enough to', 'need two lines here', '', 'line 0', 'line 1', 'line 2', 'line 3', '↓ more']);
  });

  it('draws the help from the key map: every row of the design table, labels exact, actions wrapped', () => {
    const lines = helpScreen(96, 28).map(lineText);
    expect(lines.slice(0, 8)).toEqual([
      'Keys',
      '',
      '→ ↓ l j Space Enter PgDn  next (next reveal step first, where the slide has pauses; a long slide',
      '                          scrolls first)',
      '← ↑ h k Backspace PgUp    previous (previous reveal step first)',
      'g g, Home / G, End        first / last',
      '‹count› G, or digits then Enter',
      '    go to slide ‹count› (the pending digits are shown)',
    ]);
    for (const label of ['o, Tab', '/', 'n / N', 'p', '?', 'r', 'b', 'q, Esc, Ctrl+C']) {
      expect(lines.some((line) => line.startsWith(`${label} `))).toBe(true);
    }
    expect(lines).toHaveLength(28);
    expect(lines[27]).toBe('? or Esc closes');
    expect(helpPageCount(96, 28)).toBe(1);
  });

  it('pages the help when it does not fit, labels never cut, each page within its size', () => {
    const pages = helpPageCount(38, 12);
    expect(pages).toBeGreaterThan(2);
    const all: string[] = [];
    for (let page = 0; page < pages; page++) {
      const lines = helpScreen(38, 12, page).map(lineText);
      expect(lines).toHaveLength(12);
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(38);
      expect(lines[2]).toBe(page === 0 ? '→ ↓ l j Space Enter PgDn' : '↑ more');
      if (page < pages - 1) expect(lines[9]).toBe('↓ more');
      expect(lines[11]).toBe('? or Esc closes, ↓ ↑ scroll');
      all.push(...lines);
    }
    for (const label of ['→ ↓ l j Space Enter PgDn', '← ↑ h k Backspace PgUp', 'g g, Home / G, End', '‹count› G, or digits then Enter', 'q, Esc, Ctrl+C']) {
      expect(all.some((line) => line === label || line.startsWith(`${label}  `))).toBe(true);
    }
  });

  it('scrolls a slide body page by page with marks above and below', () => {
    const body = Array.from({ length: 12 }, (_, i) => [{ text: `line ${i}`, style: { role: 'text' } } as const]);
    const s = slide('markdown', 'Long');
    expect(slidePageCount(s, body, 30, 8)).toBe(3);
    expect(slideScreen(s, body, 30, 8, 0).map(lineText)).toEqual(['Long', '', 'line 0', 'line 1', 'line 2', 'line 3', 'line 4', '↓ more']);
    expect(slideScreen(s, body, 30, 8, 1).map(lineText)).toEqual(['Long', '', '↑ more', 'line 5', 'line 6', 'line 7', 'line 8', '↓ more']);
    expect(slideScreen(s, body, 30, 8, 2).map(lineText)).toEqual(['Long', '', '↑ more', 'line 9', 'line 10', 'line 11', '', '']);
    expect(slidePageCount(s, body.slice(0, 6), 30, 8)).toBe(1);
  });

  it('highlights search matches in the title and body, ignoring case and accents', () => {
    const body = [[{ text: 'La crise ', style: { role: 'text' } }, { text: 'ÉCONOMIQUE', style: { role: 'text', bold: true } }] as const];
    const lines = slideScreen(slide('markdown', 'Économie'), body, 30, 6, 0, 'econom');
    expect(lines[0]).toEqual([{ text: 'Économ', style: MATCH_STYLE }, { text: 'ie', style: { role: 'title', bold: true } }]);
    expect(lines[2]).toEqual([
      { text: 'La crise ', style: { role: 'text' } },
      { text: 'ÉCONOM', style: MATCH_STYLE },
      { text: 'IQUE', style: { role: 'text', bold: true } },
    ]);
  });

  it('shows the search prompt and messages in the footer', () => {
    expect(lineText(footerLine({ index: 0, count: 3, section: '', pending: '', prompt: 'hyper', width: 60 }))).toBe(
      `/hyper▏${' '.repeat(29)}Enter search  Esc cancel`,
    );
    const line = lineText(footerLine({ index: 0, count: 3, section: 'Titre', pending: '', message: 'no match for x', width: 60 }));
    expect(line).toContain('no match for x  ? help');
    expect(displayWidth(line)).toBe(60);
    const long = lineText(footerLine({ index: 0, count: 3, section: 'Titre', pending: '', message: 'deck.md: '.repeat(20), width: 60 }));
    expect(displayWidth(long)).toBeLessThanOrEqual(60);
    expect(long.endsWith('…  ? help')).toBe(true);
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
