// The Ink view of Markdown bodies: marked's tokens → MdBlock → laid-out lines → <LinesView>.
import chalk from 'chalk';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { toBlocks } from '../../../src/markdown/blocks';
import { displayWidth } from '../../../src/text/display-width';
import { layoutBlocks, SCREEN_LAYOUT } from '../../../src/text/layout-blocks';
import { LinesView } from '../../../src/ui/ink/LinesView';
import { themeNamed } from '../../../src/ui/frame/theme';

afterEach(() => {
  cleanup();
  chalk.level = 0;
});

/** The frame Ink draws for `markdown` at `width` columns. */
function frame(markdown: string, width: number, hyperlinks = false): string {
  const lines = layoutBlocks(toBlocks(markdown), { ...SCREEN_LAYOUT, width, hyperlinks });
  const { lastFrame } = render(<LinesView lines={lines} theme={themeNamed('dark')} hyperlinks={hyperlinks} />);
  return lastFrame() ?? '';
}

/** The same with 16 colours on, to see the styles as SGR codes. */
function styled(markdown: string, width: number): string {
  chalk.level = 1;
  return frame(markdown, width);
}

describe('LinesView', () => {
  it('draws headings, emphasis, strong, strikethrough and inline code as text with their styles', () => {
    expect(frame('# Titre **gras**\n\n*em* **strong** ~~del~~ `code`', 40)).toBe('Titre gras\n\nem strong del code');
    const sgr = styled('# T\n\n*em* **strong** ~~del~~ `code`', 40);
    expect(sgr).toContain('\u001b[1m\u001b[36mT\u001b[39m\u001b[22m');
    expect(sgr).toContain('\u001b[3mem\u001b[23m');
    expect(sgr).toContain('\u001b[1mstrong\u001b[22m');
    expect(sgr).toContain('\u001b[9mdel\u001b[29m');
    expect(sgr).toContain('\u001b[33mcode\u001b[39m');
  });

  it('frames code with its language, wraps it at spaces only, under its indentation', () => {
    const md = '```js\nconst answer = computeSomethingLong(alpha, beta);\n  if (x) { return somethingElse; }\nok\n```';
    expect(frame(md, 30)).toBe(
      [
        '┌─ js ───────────────────────┐',
        '│ const answer =             │',
        '│ computeSomethingLong(alpha │',
        '│ , beta);                   │',
        '│   if (x) { return          │',
        '│   somethingElse; }         │',
        '│ ok                         │',
        '└────────────────────────────┘',
      ].join('\n'),
    );
    expect(frame('```\nshort   spacing kept\n```', 40)).toBe(
      ['┌──────────────────────┐', '│ short   spacing kept │', '└──────────────────────┘'].join('\n'),
    );
  });

  it('draws block quotes with a bar', () => {
    expect(frame('> a quote that goes on and on\n>\n> second', 20)).toBe('│ a quote that goes\n│ on and on\n│\n│ second');
  });

  it('draws ordered, unordered, nested and task lists', () => {
    expect(frame('- a\n  - b\n    - c\n- [x] done\n- [ ] todo\n\n9. nine\n10. ten', 30)).toBe(
      '• a\n  ◦ b\n    ▪ c\n• [x] done\n• [ ] todo\n\n9.  nine\n10. ten',
    );
  });

  it('fits a table to the width', () => {
    const md = '| Pays | Part |\n|---|--:|\n| Russie | 96% |\n| Chine et autres pays du monde | 4% |';
    expect(frame(md, 40)).toBe(
      [
        'Pays                          │ Part',
        '──────────────────────────────┼─────',
        'Russie                        │  96%',
        'Chine et autres pays du monde │   4%',
      ].join('\n'),
    );
    const narrow = frame(md, 20).split('\n');
    for (const line of narrow) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(narrow.join(' ')).toContain('monde');
  });

  it('shows a link as its text and URL, an autolink once', () => {
    expect(frame('See [the site](https://e.com/x) or <https://x.org>', 60)).toBe('See the site (https://e.com/x) or https://x.org');
    expect(styled('[l](https://u.org)', 30)).toContain('\u001b[4m\u001b[94ml\u001b[24m');
  });

  it('draws a link as an OSC 8 hyperlink, without the URL text, when hyperlinks is set', () => {
    const out = frame('See [the site](https://e.com/x) now', 60, true);
    expect(out).toContain('\u001b]8;;https://e.com/x\u0007the site\u001b]8;;\u0007');
    expect(out.replace(/\u001b\]8;;[^\u0007]*\u0007/g, '')).toBe('See the site now');
  });

  it('shows an image as its alt text', () => {
    expect(frame('![a map of Caracas](map.png)\n\n![](x.png)', 40)).toBe('[image: a map of Caracas]\n\n[image]');
  });

  it('shows raw HTML as text, never interpreted; comments are not shown', () => {
    expect(frame('<div>hi <script>x()</script></div>\n\ntext <b>bold</b> <!-- note -->', 60)).toBe(
      '<div>hi <script>x()</script></div>\n\ntext <b>bold</b>',
    );
  });

  it('keeps every line within the width of a narrow terminal', () => {
    const md = '# Un titre assez long pour être coupé\n\n- élément avec `du code` et **du gras**\n\n```\nune_ligne_de_code_très_longue_sans_espace\n```';
    for (const line of frame(md, 24).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(24);
  });
});
