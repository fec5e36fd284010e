import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { compose } from '../../src/deck/compose';
import { opensDangling } from '../../src/deck/dangling';
import { shortenSentence } from '../../src/deck/shorten';

describe('opensDangling', () => {
  it('finds pronouns, relatives and connectives at the start, past quotation marks', () => {
    for (const text of ['et est son deuxième prêteur', 'dont la légitimité', 'qu’il avait rencontré', '« il a dit »', 'Il devra payer', 'mais rien']) {
      expect(opensDangling(text, 'fr'), text).toBe(true);
    }
    for (const text of ['which rose 5%', 'and its debt', 'They said', '“it is over”', 'including 9 civilians']) {
      expect(opensDangling(text, 'en'), text).toBe(true);
    }
  });

  it('leaves names, nouns and words that only begin like an opener', () => {
    for (const text of ['Ilan Shor a dit', 'La Russie est', 'Ensemble, ils', 'Onze morts', 'Etats-Unis', 'en 2019, la banque']) {
      expect(opensDangling(text, 'fr'), text).toBe(false);
    }
    for (const text of ['Italy and France', 'Theresa May', 'Andrew said', 'Sofia Lindgren', 'This year']) {
      expect(opensDangling(text, 'en'), text).toBe(false);
    }
  });
});

describe('opensDangling: a fronted clause with its main clause', () => {
  it('is whole when a comma and the main clause follow the subordinator, dangling when nothing does', () => {
    expect(opensDangling('When the ferry reached the island after two days at sea, it had run out of fuel', 'en')).toBe(false);
    expect(opensDangling('Although the vote was close, the motion passed', 'en')).toBe(false);
    expect(opensDangling('when the ferry reached the island', 'en')).toBe(true);
    expect(opensDangling('while prices rose by 4%', 'en')).toBe(true);
  });
});

describe('a dropped leading clause never leaves a dangling pronoun', () => {
  it('keeps the concessive clause when the rest opens on a pronoun', () => {
    const s = 'Bien qu’il n’ait pas fourni de détails sur les accords signés samedi soir, il a indiqué qu’ils incluent la participation d’entreprises russes dans tous les domaines.';
    const bullet = shortenSentence(s, 'fr').parts[0]?.text ?? '';
    expect(opensDangling(bullet, 'fr')).toBe(false);
    expect(bullet.startsWith('Bien qu’il')).toBe(true);
  });
});

describe('decks of the labelled corpus', () => {
  const dir = new URL('../fixtures/corpus/', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

  it('open no figure or timeline bullet on a dangling word', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) {
      const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
      const text = `${lines[0]!.replace(/^# /, '')}\n\n${lines.slice(5).join('\n')}`;
      const analysis = analyze(parseArticle(text), DEFAULT_TEMPLATE);
      const deck = compose(parseArticle(text), analysis);
      for (const slide of deck.slides.filter((s) => s.kind === 'figures' || s.kind === 'timeline')) {
        for (const line of slide.body.split('\n')) {
          const bullet = line.replace(/^- /, '').replace(/^\*\*[^*]+\*\*(?:\u00a0: |: )/, '').replace(/\*\*/g, '').replace(/\\/g, '');
          expect(opensDangling(bullet, analysis.lang), `${file}: ${line}`).toBe(false);
        }
      }
    }
  });
});
