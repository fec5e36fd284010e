import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { clauseAround } from '../../src/deck/clause-around';
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

describe('figure clauses never open on a dangling word', () => {
  it('replaces a clause opening on a connective by the short sentence start', () => {
    const clause = clauseAround('La Russie est un allié et est son deuxième prêteur après la Chine.', 'deuxième prêteur', 'fr');
    expect(clause?.text).toBe('La Russie est un allié et est son deuxième prêteur après la Chine');
  });

  it('opens on the figure when the sentence start is long or dangling itself', () => {
    const s = 'Le Premier ministre russe Dimitri Medvedev a soutenu vendredi à La Havane Maduro, dont la légitimité n’est pas connue des cinquante pays dirigés par les États-Unis.';
    expect(clauseAround(s, 'cinquante pays', 'fr')?.text).toBe('cinquante pays dirigés par les États-Unis');
    expect(clauseAround('Il devra payer une amende de 150 000 euros.', '150 000 euros', 'fr')?.text).toBe('150 000 euros');
    const long = 'Copper output at the state miner fell sharply in the month, and a strike at the largest mine, which cut exports by 7% in May, goes on.';
    expect(clauseAround(long, '7%', 'en')?.text).toBe('7% in May');
  });

  it('keeps a clause that opens on a content word, or a short sentence start', () => {
    expect(clauseAround('Inflation slowed, and retail sales fell 0.2% in October.', '0.2%', 'en')?.text).toBe('Inflation slowed, and retail sales fell 0.2% in October');
    expect(clauseAround('In Chile, copper output fell 4.1% in May.', '4.1%', 'en')?.text).toBe('copper output fell 4.1% in May');
  });
});

describe('a dropped leading clause never leaves a dangling pronoun', () => {
  it('keeps the concessive clause when the rest opens on a pronoun', () => {
    const s = 'Bien qu’il n’ait pas fourni de détails sur les accords signés samedi soir, il a indiqué qu’ils incluent la participation d’entreprises russes dans tous les domaines.';
    expect(opensDangling(shortenSentence(s, 'fr').text, 'fr')).toBe(false);
    expect(shortenSentence(s, 'fr').text.startsWith('Bien qu’il')).toBe(true);
  });
});

describe('decks of the labelled corpus', () => {
  const dir = new URL('../fixtures/corpus/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

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
