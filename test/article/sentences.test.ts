import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { splitSentences, splitUnits } from '../../src/article/sentences';

const texts = (body: string, lang: 'fr' | 'en'): string[] => splitUnits(body, lang).map((unit) => unit.text);

describe('splitSentences — French', () => {
  it('splits plain sentences', () => {
    expect(splitSentences('Le pays est en crise. La Russie aide. Qui paiera ?', 'fr')).toEqual([
      'Le pays est en crise.',
      'La Russie aide.',
      'Qui paiera ?',
    ]);
  });

  it('does not split after titles and abbreviations', () => {
    expect(splitSentences('M. Maduro a rencontré Mme Dupont et le Dr. Martin. Mlle Roux était là.', 'fr')).toEqual([
      'M. Maduro a rencontré Mme Dupont et le Dr. Martin.',
      'Mlle Roux était là.',
    ]);
    expect(splitSentences('Le Pr. Leroy et MM. Durand et Petit ont signé. Voir p. 12 et art. 3 du traité.', 'fr')).toEqual([
      'Le Pr. Leroy et MM. Durand et Petit ont signé.',
      'Voir p. 12 et art. 3 du traité.',
    ]);
  });

  it('keeps decimals, percentages and ordinals inside the sentence', () => {
    expect(splitSentences('L’inflation atteint 3,5 % et le taux 4.75%. Le PIB recule de 1.2 point.', 'fr')).toEqual([
      'L’inflation atteint 3,5 % et le taux 4.75%.',
      'Le PIB recule de 1.2 point.',
    ]);
  });

  it('handles ellipses: a lower-case word goes on, a capital starts a sentence, […] is an omission', () => {
    expect(splitSentences('Il hésite… puis signe. Rien... Ensuite tout change. « Nous […] Les contrats » tiennent.', 'fr')).toEqual([
      'Il hésite… puis signe.',
      'Rien...',
      'Ensuite tout change.',
      '« Nous […] Les contrats » tiennent.',
    ]);
  });

  it('keeps a closing guillemet (after a no-break space) with its sentence', () => {
    const text = 'Il a déclaré\u00a0: «\u00a0Nous avons tout renouvelé.\u00a0» Le ministre a confirmé.';
    expect(splitSentences(text, 'fr')).toEqual([
      'Il a déclaré\u00a0: «\u00a0Nous avons tout renouvelé.\u00a0»',
      'Le ministre a confirmé.',
    ]);
    const narrow = 'Il a dit\u202f: «\u202fFin.\u202f» Puis il est parti\u202f!';
    expect(splitSentences(narrow, 'fr')).toEqual(['Il a dit\u202f: «\u202fFin.\u202f»', 'Puis il est parti\u202f!']);
  });

  it('keeps « Phrase. » a-t-il dit. as one sentence, also with ? and !', () => {
    expect(splitSentences('« Phrase. » a-t-il dit. « Vraiment ? » s’étonne-t-elle. « Vive la paix ! » lance-t-il.', 'fr')).toEqual([
      '« Phrase. » a-t-il dit.',
      '« Vraiment ? » s’étonne-t-elle.',
      '« Vive la paix ! » lance-t-il.',
    ]);
  });

  it('splits French ? and ! written after a no-break space', () => {
    expect(splitSentences('Pourquoi\u00a0? Parce que\u00a0! Enfin.', 'fr')).toEqual(['Pourquoi\u00a0?', 'Parce que\u00a0!', 'Enfin.']);
  });

  it('ends a sentence at etc. only before a capital', () => {
    expect(splitSentences('Le pétrole, le gaz, etc. et l’agriculture. Le pétrole, le gaz, etc. Le pays souffre.', 'fr')).toEqual([
      'Le pétrole, le gaz, etc. et l’agriculture.',
      'Le pétrole, le gaz, etc.',
      'Le pays souffre.',
    ]);
  });

  it('keeps initials and dotted acronyms', () => {
    expect(splitSentences('Selon J.-C. Juncker et les É.-U. Rien ne change.', 'fr')).toEqual([
      'Selon J.-C. Juncker et les É.-U. Rien ne change.',
    ]);
  });
});

describe('splitSentences — English', () => {
  it('does not split after Mr, Mrs, Dr, Gen., St and U.S.', () => {
    expect(
      splitSentences('Mr. Smith met Mrs. Jones and Dr. Who. Gen. Lee spoke at St. Paul. The U.S. Senate voted.', 'en'),
    ).toEqual(['Mr. Smith met Mrs. Jones and Dr. Who.', 'Gen. Lee spoke at St. Paul.', 'The U.S. Senate voted.']);
  });

  it('keeps initials: J. R. R. Tolkien', () => {
    expect(splitSentences('J. R. R. Tolkien wrote it. Then he rested.', 'en')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'Then he rested.',
    ]);
  });

  it('keeps No. and months before numbers, splits before a capital otherwise', () => {
    expect(splitSentences('No. 5 fell on Jan. 3 in 2019. No one knew. Prices rose 4.75% in Oct. 2018.', 'en')).toEqual([
      'No. 5 fell on Jan. 3 in 2019.',
      'No one knew.',
      'Prices rose 4.75% in Oct. 2018.',
    ]);
  });

  it('handles straight and curly quotes that end a sentence', () => {
    expect(splitSentences('He said "Stop." Then he left. "Why?" she asked. “Really?” he said. “Yes.” It ended.', 'en')).toEqual([
      'He said "Stop."',
      'Then he left.',
      '"Why?" she asked.',
      '“Really?” he said.',
      '“Yes.”',
      'It ended.',
    ]);
  });

  it('keeps a closing parenthesis with its sentence', () => {
    expect(splitSentences('Output fell (see the chart.) Oil is 96% of revenue.', 'en')).toEqual([
      'Output fell (see the chart.)',
      'Oil is 96% of revenue.',
    ]);
  });

  it('does not split inside URLs, e-mail addresses or version numbers', () => {
    expect(splitSentences('See example.com/a.b and v1.2.3 today. Write to a.b@c.org now.', 'en')).toEqual([
      'See example.com/a.b and v1.2.3 today.',
      'Write to a.b@c.org now.',
    ]);
  });

  it('collapses spaces, tabs and newlines but keeps no-break spaces', () => {
    expect(splitSentences('  One\t\tlong\n  line. Two\u00a0%  here.  ', 'en')).toEqual(['One long line.', 'Two\u00a0% here.']);
  });

  it('never loses or adds words', () => {
    const pieces = fc.constantFrom('Le', 'mot', 'M.', 'Dr.', 'U.S.', 'fin.', 'Fin!', '«', '»', '"', '“', '”', '…', '...', '3,5', '4.75%', 'a', 'É', '(', ')', '?', ' ', '\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.constantFrom<'fr' | 'en'>('fr', 'en'), (parts, lang) => {
        const text = parts.join(' ');
        const words = text.split(/\s+/).filter(Boolean);
        const fromSentences = splitSentences(text, lang).join(' ').split(/\s+/).filter(Boolean);
        expect(fromSentences).toEqual(words);
      }),
    );
  });
});

describe('splitUnits', () => {
  it('numbers paragraphs separated by blank lines', () => {
    expect(splitUnits('Un. Deux.\nTrois.\n\n\nQuatre.', 'fr')).toEqual([
      { text: 'Un.', paragraph: 0, kind: 'sentence' },
      { text: 'Deux.', paragraph: 0, kind: 'sentence' },
      { text: 'Trois.', paragraph: 0, kind: 'sentence' },
      { text: 'Quatre.', paragraph: 1, kind: 'sentence' },
    ]);
  });

  it('joins hard-wrapped lines and splits one-sentence lines', () => {
    expect(texts('Le président a renouvelé\nles contrats. La Russie\nreste un allié.', 'fr')).toEqual([
      'Le président a renouvelé les contrats.',
      'La Russie reste un allié.',
    ]);
  });

  it('makes headings and list items units of their own, markup removed', () => {
    const body = '# Le **titre**\n\nIntro [lien](https://x.org/a.b) et `code`.\n- un *point*\n* deux\n1. trois. Encore.\n\n## Suite ##\nFin.';
    expect(splitUnits(body, 'fr')).toEqual([
      { text: 'Le titre', paragraph: 0, kind: 'heading' },
      { text: 'Intro lien et code.', paragraph: 1, kind: 'sentence' },
      { text: 'un point', paragraph: 2, kind: 'item' },
      { text: 'deux', paragraph: 2, kind: 'item' },
      { text: 'trois. Encore.', paragraph: 2, kind: 'item' },
      { text: 'Suite', paragraph: 3, kind: 'heading' },
      { text: 'Fin.', paragraph: 4, kind: 'sentence' },
    ]);
  });

  it('skips fenced code blocks and HTML comments', () => {
    const body = 'Avant.\n\n```js\nconst x = 1. Y = 2.\n```\n\n<!-- note. Cachée. -->\nMilieu <!-- en ligne --> fin.\n\n<!--\nplusieurs\nlignes\n-->\n~~~\n# pas un titre\n~~~\nAprès.';
    expect(texts(body, 'fr')).toEqual(['Avant.', 'Milieu fin.', 'Après.']);
  });

  it('keeps an unclosed <!-- as text', () => {
    expect(texts('Le signe <!-- reste. Voilà.', 'fr')).toEqual(['Le signe <!-- reste.', 'Voilà.']);
  });

  it('drops thematic breaks and units without a letter or digit', () => {
    expect(texts('Un.\n\n---\n\n* * *\n\n…\n\nDeux.', 'fr')).toEqual(['Un.', 'Deux.']);
  });

  it('reads setext headings and blockquotes', () => {
    expect(splitUnits('Titre\n=====\n\n> Citée. Encore.', 'fr')).toEqual([
      { text: 'Titre', paragraph: 0, kind: 'heading' },
      { text: 'Citée.', paragraph: 1, kind: 'sentence' },
      { text: 'Encore.', paragraph: 1, kind: 'sentence' },
    ]);
  });

  it('gives trimmed one-line units with single spaces', () => {
    const pieces = fc.constantFrom('Mot', 'fin.', '# T', '- i', '\n', '\n\n', ' ', '\t', '**', '`', '«\u00a0', '\u00a0»', '?', 'M.', '```', '<!--', '-->');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        for (const unit of splitUnits(parts.join(''), 'fr')) {
          expect(unit.text).toBe(unit.text.trim());
          expect(unit.text).not.toMatch(/[\n\t]| {2}/);
          expect(unit.text).toMatch(/[\p{L}\p{N}]/u);
        }
      }),
    );
  });

  it('finishes on a 200,000-character line without punctuation, ASCII and accented', () => {
    for (const line of ['a'.repeat(200_000), 'é'.repeat(200_000), 'mot '.repeat(50_000), 'é à '.repeat(50_000)]) {
      const units = splitUnits(line, 'fr');
      expect(units).toHaveLength(1);
      expect(units[0]?.text.length).toBeGreaterThan(150_000);
    }
  });

  it('finishes on 200,000 characters of pathological punctuation and markup', () => {
    const lines = [
      '['.repeat(200_000),
      '*a '.repeat(66_000),
      '<!--'.repeat(50_000),
      'M. '.repeat(66_000),
      '. '.repeat(100_000),
      '"'.repeat(200_000),
      '#'.repeat(200_000),
      '# ' + ' '.repeat(200_000) + '#',
      '<a '.repeat(66_000),
      '`'.repeat(200_000),
      '_a'.repeat(100_000),
    ];
    for (const line of lines) expect(Array.isArray(splitUnits(line, 'en'))).toBe(true);
    expect(splitUnits('M. '.repeat(66_000) + 'Fin.', 'fr')).toHaveLength(1);
  });
});
