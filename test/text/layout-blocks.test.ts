import { describe, it, expect } from 'vitest';
import { toBlocks } from '../../src/markdown/blocks';
import { displayWidth } from '../../src/text/display-width';
import { layoutBlocks, PLAIN_LAYOUT, SCREEN_LAYOUT } from '../../src/text/layout-blocks';
import { fitColumns } from '../../src/text/table-layout';
import { lineText, type StyledLine } from '../../src/text/styled-line';

const screen = (markdown: string, width: number) => layoutBlocks(toBlocks(markdown), { ...SCREEN_LAYOUT, width });
const texts = (lines: readonly StyledLine[]) => lines.map(lineText);

describe('layoutBlocks', () => {
  it('wraps list items with a hanging indent and nests bullets', () => {
    expect(texts(screen('- Le Venezuela et la Russie ont renouvelé des contrats\n  - imbriqué\n- deux', 24))).toEqual([
      '• Le Venezuela et la',
      '  Russie ont renouvelé',
      '  des contrats',
      '  ◦ imbriqué',
      '• deux',
    ]);
  });

  it('numbers ordered lists from their start, padded to one width', () => {
    expect(texts(screen('9. neuf\n10. dix', 20))).toEqual(['9.  neuf', '10. dix']);
  });

  it('marks task items', () => {
    expect(texts(screen('- [x] fait\n- [ ] à faire', 20))).toEqual(['• [x] fait', '• [ ] à faire']);
  });

  it('keeps styles across a wrap', () => {
    const lines = screen('un **mot gras** ici', 8);
    expect(texts(lines)).toEqual(['un mot', 'gras ici']);
    expect(lines[0]).toEqual([
      { text: 'un ', style: { role: 'text' } },
      { text: 'mot', style: { role: 'text', bold: true } },
    ]);
    expect(lines[1]?.[0]).toEqual({ text: 'gras', style: { role: 'text', bold: true } });
  });

  it('shows a link URL after its text, an autolink once', () => {
    expect(texts(screen('[site](https://e.com) <https://x.org>', 60))).toEqual(['site (https://e.com) https://x.org']);
  });

  it('frames code with its language and keeps its spacing', () => {
    expect(texts(screen('```js\nif (a)\n\treturn  1;\n```', 30))).toEqual([
      '┌─ js ───────────┐',
      '│ if (a)         │',
      '│     return  1; │',
      '└────────────────┘',
    ]);
  });

  it('draws a table in columns that fit the width', () => {
    const lines = texts(screen('| Pays | Part |\n|---|--:|\n| Russie | 96% |\n| Chine 中国 | 4% |', 40));
    expect(lines).toEqual(['Pays       │ Part', '───────────┼─────', 'Russie     │  96%', 'Chine 中国 │   4%']);
  });

  it('keeps every line of a wide table within the width', () => {
    const row = `| ${'mot '.repeat(30)} | ${'autre '.repeat(20)} |`;
    const lines = texts(screen(`| a | b |\n|---|---|\n${row}`, 40));
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(lines.join(' ').match(/mot/g)).toHaveLength(30);
  });

  it('prefixes quotes and separates blocks by one blank line, pauses invisible', () => {
    expect(texts(screen('> cité\n\n<!-- pause -->\n\nfin', 20))).toEqual(['│ cité', '', 'fin']);
  });

  it('plain layout uses ASCII bullets, indents code and draws no rule', () => {
    const lines = texts(layoutBlocks(toBlocks('- a\n\n```\nx\n```\n\n***\n\nb'), { ...PLAIN_LAYOUT, width: Infinity }));
    expect(lines).toEqual(['- a', '', '    x', '', 'b']);
  });
});

describe('fitColumns', () => {
  it('keeps natural widths that fit', () => {
    expect(fitColumns([3, 5], 10)).toEqual([3, 5]);
  });

  it('gives narrow columns their width and shares the rest', () => {
    expect(fitColumns([4, 50, 50], 30)).toEqual([4, 13, 13]);
  });
});
