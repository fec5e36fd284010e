import { describe, it, expect } from 'vitest';
import { splitFrontMatter } from '../../src/article/front-matter';

describe('splitFrontMatter', () => {
  it('returns the whole text as body when there is no front matter', () => {
    const text = 'Le Venezuela et la Russie.\n---\nfin\n';
    expect(splitFrontMatter(text)).toEqual({ fields: {}, raw: null, body: text });
  });

  it('reads simple key: value lines, quoted or not', () => {
    const text = [
      '---',
      'title: Le Venezuela et la Russie',
      'sub_title: "Accords : « militaires » et \\"énergie\\""',
      "source: 'L''AFP'",
      'date: 2019-04-13',
      'lang: fr # commentaire',
      '---',
      'Corps du texte.',
      '',
    ].join('\n');
    const split = splitFrontMatter(text);
    expect(split.fields).toEqual({
      title: 'Le Venezuela et la Russie',
      sub_title: 'Accords : « militaires » et "énergie"',
      source: "L'AFP",
      date: '2019-04-13',
      lang: 'fr',
    });
    expect(split.body).toBe('Corps du texte.\n');
    expect(split.raw).toContain('title: Le Venezuela et la Russie');
    expect(split.raw?.startsWith('---')).toBe(false);
  });

  it('keeps nested blocks in raw and out of fields', () => {
    const text = '---\noptions:\n  end_slide_shorthand: true\n  title: nested\ntitle: Top\n---\n\n# Slide\n';
    const split = splitFrontMatter(text);
    expect(split.fields).toEqual({ title: 'Top' });
    expect(split.raw).toBe('options:\n  end_slide_shorthand: true\n  title: nested\ntitle: Top');
    expect(split.body).toBe('\n# Slide\n');
  });

  it('ignores flow collections and block scalars', () => {
    const split = splitFrontMatter('---\ntags: [a, b]\ndescription: >\n  folded\nauthor: Ana\n---\nBody');
    expect(split.fields).toEqual({ author: 'Ana' });
    expect(split.body).toBe('Body');
  });

  it('treats an unclosed fence as no front matter', () => {
    const text = '---\ntitle: x\nNo closing fence.';
    expect(splitFrontMatter(text)).toEqual({ fields: {}, raw: null, body: text });
  });

  it('accepts an empty block and a closing fence at the end of the text', () => {
    expect(splitFrontMatter('---\n---\nBody')).toEqual({ fields: {}, raw: '', body: 'Body' });
    expect(splitFrontMatter('---\ntitle: T\n---')).toEqual({ fields: { title: 'T' }, raw: 'title: T', body: '' });
  });

  it('needs the fence on the very first line', () => {
    const text = '\n---\ntitle: x\n---\nBody';
    expect(splitFrontMatter(text).raw).toBeNull();
  });
});

describe('front matter escapes cannot smuggle controls past read', () => {
  it('a JSON-quoted value decodes \\u escapes, then is sanitised like the text', () => {
    expect(splitFrontMatter('---\ntitle: "Budget \\u001b]0;pwned\\u0007approved\\u202e \\u009b31m"\n---\nBody.\n').fields['title']).toBe('Budget approved ');
  });
});
