import { describe, it, expect } from 'vitest';
import { stripInlineMarkdown } from '../../src/article/strip-inline';

describe('stripInlineMarkdown', () => {
  it('removes strong, emphasis and code markers, keeping the words', () => {
    expect(stripInlineMarkdown('**Gras**, __fort__, *it*, _ital_ et `code` ici.')).toBe('Gras, fort, it, ital et code ici.');
  });

  it('turns links and images into their text, autolinks into their address', () => {
    expect(stripInlineMarkdown('Voir [l’AFP](https://afp.com/a.b "titre") et ![carte](c.png) ou <https://x.org/y>.')).toBe(
      'Voir l’AFP et carte ou https://x.org/y.',
    );
  });

  it('keeps HTML as text and resolves backslash escapes', () => {
    expect(stripInlineMarkdown('<b>Fort</b> <script>x()</script> \\*pas\\* d’emphase, 5 \\> 3')).toBe('<b>Fort</b> <script>x()</script> *pas* d’emphase, 5 > 3');
  });

  it('leaves underscores and asterisks that are not emphasis', () => {
    expect(stripInlineMarkdown('snake_case_name et 5 * 3 * 2 et a*b')).toBe('snake_case_name et 5 * 3 * 2 et a*b');
  });

  it('returns plain text unchanged', () => {
    const text = 'Le Venezuela et la Russie (AFP) « 96 % » – fin.';
    expect(stripInlineMarkdown(text)).toBe(text);
  });
});
