import { describe, it, expect } from 'vitest';
import { splitHeaderLines } from '../../src/article/header-lines';
import { parseArticle } from '../../src/article/parse-article';

const BODY = 'Le conseil a voté le budget mardi. Il entre en vigueur en janvier.\n';

describe('splitHeaderLines', () => {
  it('reads source, lang and date lines under a title line and takes them out of the body', () => {
    const text = `# Le budget voté\nsource: https://example.org/budget (via an archive)\nlang: fr\ndate: 2024-03-12 (from the URL)\n\n${BODY}`;
    expect(splitHeaderLines(text)).toEqual({
      fields: { source: 'https://example.org/budget', lang: 'fr', date: '2024-03-12' },
      body: `# Le budget voté\n\n${BODY}`,
    });
  });

  it('reads a header at the top without a title, with other spellings of the keys', () => {
    const text = `URL: https://example.org/a\nLanguage: French\nPublished: 12 March 2024\n\n${BODY}`;
    expect(splitHeaderLines(text).fields).toEqual({ source: 'https://example.org/a', lang: 'French', date: '12 March 2024' });
  });

  it('leaves out a value that says it is not known', () => {
    const text = `# Titre\nsource: team fixture\nlang: fr\ndate: unknown (fictional)\n\n${BODY}`;
    expect(splitHeaderLines(text).fields).toEqual({ source: 'team fixture', lang: 'fr' });
  });

  it('leaves the text whole when a line is no header line, when no blank line ends the header, or when nothing follows it', () => {
    for (const text of [
      `# Titre\nsource: x\nLe conseil a voté: oui.\n\n${BODY}`,
      `# Titre\nsource: x\n${BODY}`,
      `Note: the council voted.\n\n${BODY}`,
      'source: the ministry said so.\n',
    ]) expect(splitHeaderLines(text)).toEqual({ fields: {}, body: text });
  });
});

describe('an article with a header', () => {
  it('takes its source and date from the header, not as a sentence', () => {
    const article = parseArticle(`# Le budget voté\nsource: https://example.org/budget\nlang: fr\ndate: 2024-03-12\n\n${BODY}`);
    expect(article.title).toBe('Le budget voté');
    expect(article.source).toBe('https://example.org/budget');
    expect(article.date).toBe('2024-03-12');
    expect(article.lang).toBe('fr');
    expect(article.sentences.map((s) => s.text)).toEqual(['Le conseil a voté le budget mardi.', 'Il entre en vigueur en janvier.']);
  });

  it('lets front matter win: a header under front matter is text', () => {
    const article = parseArticle(`---\ntitle: T\n---\nsource: https://example.org/b\n\n${BODY}`);
    expect(article.source).toBeUndefined();
  });
});
