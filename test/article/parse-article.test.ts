import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle, UNKNOWN_LANGUAGE_WARNING, withoutDateline } from '../../src/article/parse-article';
import { readText } from '../../src/article/read';
import { UnusableInputError } from '../../src/input-error';

const DEFAULT_TITLE = 'Le Venezuela et la Russie ont renouvelé samedi des contrats de soutien et de conseil';
const texts = (text: string): string[] => parseArticle(text).sentences.map((sentence) => sentence.text);

describe('parseArticle — the default article', () => {
  const bytes = readFileSync(new URL('../../briefings/venezuela-russie.txt', import.meta.url));
  const { text } = readText(bytes);
  const article = parseArticle(text);

  it('is French, titled by its cut lead sentence, with no warning', () => {
    expect(article.lang).toBe('fr');
    expect(article.title).toBe(DEFAULT_TITLE);
    expect(article.warnings).toEqual([]);
    expect(article.subtitle).toBeUndefined();
    expect(article.source).toBeUndefined();
    expect(article.date).toBeUndefined();
  });

  it('splits into exactly its 10 sentences, one per line, the lead staying sentence 0', () => {
    const lines = new TextDecoder().decode(bytes).split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(10);
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(lines.map((line) => line.trim()));
    expect(article.sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(article.sentences.every((sentence) => sentence.kind === 'sentence' && sentence.paragraph === 0)).toBe(true);
    expect(article.sentences[0]?.text.startsWith(DEFAULT_TITLE)).toBe(true);
  });
});

describe('parseArticle — title', () => {
  it('takes front matter title, sub_title/description, source, date and lang', () => {
    const text = '---\ntitle: "Russie : accords"\nsub_title: Un sous-titre\nsource: AFP\ndate: 2019-04-13\nlang: fr-FR\noptions:\n  x: 1\n---\nThe text is short. It is in English.';
    const article = parseArticle(text);
    expect(article).toMatchObject({ title: 'Russie : accords', subtitle: 'Un sous-titre', source: 'AFP', date: '2019-04-13', lang: 'fr' });
    expect(article.sentences).toHaveLength(2);
    expect(parseArticle('---\ndescription: Desc\n---\nLe texte est là.').subtitle).toBe('Desc');
  });

  it('drops a # heading that repeats the front-matter title', () => {
    const article = parseArticle('---\ntitle: Accords\n---\n# Accords\n\nLe texte est là.');
    expect(article.sentences.map((s) => s.text)).toEqual(['Le texte est là.']);
  });

  it('takes the first # heading before the first sentence, in plain text too, and not as a sentence', () => {
    const article = parseArticle('## Monde\n\n# Le *Venezuela* et la Russie\n\nLe président a parlé. Il a signé.');
    expect(article.title).toBe('Le Venezuela et la Russie');
    expect(article.sentences.map((s) => [s.text, s.kind, s.paragraph])).toEqual([
      ['Monde', 'heading', 0],
      ['Le président a parlé.', 'sentence', 1],
      ['Il a signé.', 'sentence', 1],
    ]);
  });

  it('does not take a # heading that comes after the first sentence', () => {
    const article = parseArticle('Le président a parlé samedi.\n\n# Plus loin\n\nIl a signé.');
    expect(article.title).toBe('Le président a parlé samedi');
    expect(article.sentences.map((s) => s.kind)).toEqual(['sentence', 'heading', 'sentence']);
  });

  it('takes a short first line without full stop followed by a blank line, and not as a sentence', () => {
    const article = parseArticle('Venezuela : la Russie reste un allié\n\nLe président a parlé samedi. Il a dit non.');
    expect(article.title).toBe('Venezuela : la Russie reste un allié');
    expect(article.sentences.map((s) => [s.index, s.text, s.paragraph])).toEqual([
      [0, 'Le président a parlé samedi.', 0],
      [1, 'Il a dit non.', 0],
    ]);
  });

  it('does not take a first line that ends with a full stop, is too long, or has no blank line after it', () => {
    expect(parseArticle('Le président a parlé.\n\nIl a dit non.').title).toBe('Le président a parlé');
    const long = `Le président ${'très '.repeat(25)}ému a parlé`;
    expect(parseArticle(`${long}\n\nIl a dit non.`).title).not.toBe(long);
    const article = parseArticle('Venezuela et Russie\nLe président a parlé samedi. Il a dit non.');
    expect(article.sentences).toHaveLength(2);
    expect(article.sentences[0]?.text).toBe('Venezuela et Russie Le président a parlé samedi.');
  });

  it('keeps a lone line as the sentence it is', () => {
    const article = parseArticle('Russia and Venezuela renew their contracts\n');
    expect(article.title).toBe('Russia and Venezuela renew their contracts');
    expect(article.sentences.map((s) => s.text)).toEqual(['Russia and Venezuela renew their contracts']);
  });

  it('cuts an English lead at a clause boundary and keeps it as sentence 0', () => {
    const article = parseArticle(
      'Venezuela and Russia renewed military and energy contracts worth several billion dollars with the state oil firm, which is struggling. Prices fell.',
    );
    expect(article.lang).toBe('en');
    expect(article.title).toBe('Venezuela and Russia renewed military and energy contracts worth several billion dollars');
    expect(article.sentences[0]?.text.startsWith(article.title)).toBe(true);
  });
});

describe('parseArticle — source, date and language', () => {
  it('reads a dateline for source and date, keeps it in the lead sentence (the article\'s words) but not in the title', () => {
    const article = parseArticle('CARACAS, 13 avril 2019 (AFP) - Le Venezuela et la Russie ont renouvelé des contrats. Maduro l’a dit.');
    expect(article.source).toBe('AFP');
    expect(article.date).toBe('13 avril 2019');
    expect(article.sentences[0]?.text).toBe('CARACAS, 13 avril 2019 (AFP) - Le Venezuela et la Russie ont renouvelé des contrats.');
    expect(withoutDateline(article.sentences[0]?.text ?? '')).toBe('Le Venezuela et la Russie ont renouvelé des contrats.');
    expect(article.title).toBe('Le Venezuela et la Russie ont renouvelé des contrats');
  });

  it('finds a dateline after a title line and a byline, and removes a dateline standing alone', () => {
    const article = parseArticle('Russia, Venezuela renew deals\n\nBy John Smith\n\nCARACAS (Reuters) - Russia and Venezuela signed.');
    expect(article.title).toBe('Russia, Venezuela renew deals');
    expect(article.source).toBe('Reuters');
    expect(article.sentences.map((s) => s.text)).toEqual(['By John Smith', 'CARACAS (Reuters) - Russia and Venezuela signed.']);
    const alone = parseArticle('PARIS (AFP) -\n\nLe président a parlé samedi.');
    expect(alone.source).toBe('AFP');
    expect(alone.title).toBe('Le président a parlé samedi');
    expect(alone.sentences.map((s) => [s.text, s.paragraph])).toEqual([['Le président a parlé samedi.', 0]]);
  });

  it('lets front matter source win over a dateline', () => {
    const article = parseArticle('---\nsource: Le Monde\n---\n(Reuters) - Russia and Venezuela signed the deals.');
    expect(article.source).toBe('Le Monde');
    expect(article.title).toBe('Russia and Venezuela signed the deals');
  });

  it('forces the language with the option, over front matter and detection', () => {
    expect(parseArticle('---\nlang: en\n---\nLe président a parlé samedi.', { lang: 'fr' }).lang).toBe('fr');
    expect(parseArticle('---\nlang: en\n---\nLe président a parlé samedi.').lang).toBe('en');
    expect(parseArticle('Le président a parlé samedi.', { lang: 'en' }).warnings).toEqual([]);
  });

  it('falls back to English with a warning for another language', () => {
    const article = parseArticle('Der Präsident hat am Samstag mit dem Minister gesprochen und die Verträge wurden nicht verlängert.');
    expect(article.lang).toBe('en');
    expect(article.warnings).toEqual([UNKNOWN_LANGUAGE_WARNING]);
    expect(UNKNOWN_LANGUAGE_WARNING).toBe('language not recognised as French or English; titles in English (use --lang fr|en)');
  });
});

describe('parseArticle — units', () => {
  it('skips code and comments and numbers paragraphs from 0', () => {
    expect(texts('# Titre\n\n```\ncode.\n```\n\n<!-- note -->\n\nUn. Deux.\n\n- trois\n- quatre')).toEqual(['Un.', 'Deux.', 'trois', 'quatre']);
    expect(parseArticle('# Titre\n\nUn.\n\nDeux.').sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('refuses an article without a sentence', () => {
    for (const text of ['# Titre seul\n', '---\ntitle: x\n---\n', '```\ncode.\n```\n', '<!-- rien -->\n', '— … —']) {
      expect(() => parseArticle(text)).toThrow(UnusableInputError);
      expect(() => parseArticle(text)).toThrow(/has no sentence/);
    }
  });

  it('finishes on a 200,000-character single-line article', () => {
    for (const line of ['a'.repeat(200_000), 'é'.repeat(200_000), 'le mot '.repeat(30_000)]) {
      const article = parseArticle(line);
      expect(article.sentences).toHaveLength(1);
      expect(Array.from(article.title).length).toBeLessThanOrEqual(90);
    }
  });
});
