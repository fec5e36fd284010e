import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { compose } from '../../src/deck/compose';

const titleBullets = (text: string): string[] => {
  const article = parseArticle(text);
  const title = compose(article, analyze(article, DEFAULT_TEMPLATE)).slides[0];
  return (title?.body ?? '').split('\n').filter((l) => l.startsWith('- '));
};

describe('the title slide opens on the lead, past a list of key points', () => {
  it('skips a short label without a stop and the list under it', () => {
    const en = [
      '# Chile and Peru agree to share a lithium railway',
      '',
      'KEY POINTS',
      '- A new railway will link the Atacama mines to the port of Ilo',
      '- Both governments will share the cost',
      '',
      'SANTIAGO, May 2 (Reuters) - Chile and Peru agreed on Thursday to build a railway linking lithium mines in the Atacama desert to the Peruvian port of Ilo.',
      '',
      'The line is expected to carry its first freight in 2031, officials said.',
    ].join('\n');
    expect(titleBullets(en)[0]).toBe('- Chile and Peru agreed to build a railway linking lithium mines in the Atacama desert to the Peruvian port of Ilo');
    const fr = [
      '# Le Chili et le Pérou s’accordent sur une voie ferrée',
      '',
      'Ce qu’il faut retenir',
      '- Une voie ferrée reliera les mines de l’Atacama au port d’Ilo',
      '',
      'SANTIAGO, 2 mai (AFP) - Le Chili et le Pérou se sont mis d’accord jeudi pour construire une voie ferrée entre les mines de lithium de l’Atacama et le port péruvien d’Ilo.',
    ].join('\n');
    expect(titleBullets(fr)[0]).toContain('Le Chili et le Pérou se sont mis d’accord');
  });

  it('keeps the sentence "condamné X, Paul Berthier, à quatre ans…": a name is no verb, and the shortest part holding a figure goes first', () => {
    const fr = [
      '# Un ancien maire condamné',
      '',
      'LYON, 4 juin — Le tribunal correctionnel de Lyon a condamné mardi l’ancien adjoint aux finances de Vénissieux, Paul Berthier, à quatre ans d’emprisonnement, dont dix-huit mois avec sursis, pour corruption passive et prise illégale d’intérêts.',
    ].join('\n');
    expect(titleBullets(fr)[0]).toBe('- Le tribunal correctionnel de Lyon a condamné l’ancien adjoint aux finances de Vénissieux, Paul Berthier, à quatre ans d’emprisonnement');
  });
});

describe('a timeline bullet does not say its closing date again', () => {
  it('drops "l’an dernier" that closes the sentence, not "à partir de 2027"', () => {
    const article = parseArticle(
      [
        '# Le port de Sète bat son record',
        '',
        'Le trafic de marchandises du port de Sète a atteint 5,2 millions de tonnes l’an dernier.',
        '',
        'Le nouveau terminal doit accueillir des navires de croisière à partir de 2027.',
      ].join('\n'),
    );
    const timeline = compose(article, analyze(article, DEFAULT_TEMPLATE)).slides.find((s) => s.kind === 'timeline');
    expect(timeline?.body).toMatch(/^- \*\*l’an dernier\*\*\s: Le trafic de marchandises du port de Sète a atteint 5,2 millions de tonnes$/mu);
    expect(timeline?.body).toContain('à partir de 2027');
  });
});

describe('a timeline bullet does not say an elided date again', () => {
  it('drops "d’octobre 2021" from "Lors du putsch d’octobre 2021, …"', () => {
    const article = parseArticle(
      [
        '# Les deux généraux rompent',
        '',
        'Les combats entre l’armée et les paramilitaires ont fait au moins 56 morts samedi dans la capitale.',
        '',
        'Lors du putsch d’octobre 2021, le chef de l’armée et le chef des paramilitaires étaient apparus ensemble à la télévision.',
      ].join('\n'),
    );
    const timeline = compose(article, analyze(article, DEFAULT_TEMPLATE)).slides.find((s) => s.kind === 'timeline');
    expect(timeline?.body).toMatch(/^- \*\*octobre 2021\*\*\s: Lors du putsch, le chef de l’armée et le chef des paramilitaires étaient apparus ensemble/mu);
  });
});
