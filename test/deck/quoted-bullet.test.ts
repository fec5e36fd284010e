import { describe, expect, it } from 'vitest';
import { isLeftToQuotes, isLongQuotation } from '../../src/deck/quoted-bullet';

const quote = 'Nous avons obtenu un accord au sommet mais c’est en fait la partie la plus facile de la tâche qui nous attend sur le terrain quand nous commencerons';

describe('isLeftToQuotes', () => {
  it('leaves to the quotes slide a bullet over 25 words that is mostly a quotation it shows', () => {
    expect(isLeftToQuotes(`« ${quote} »`, [quote])).toBe(true);
    expect(isLeftToQuotes(`Le ministre a affirmé que « ${quote} »`, [quote])).toBe(true);
  });

  it('keeps a short bullet, a bullet mostly of its own words, and a quotation the quotes slide does not show', () => {
    expect(isLeftToQuotes('« Nous avons obtenu un accord au sommet »', ['Nous avons obtenu un accord au sommet'])).toBe(false);
    const own = 'Le ministre de l’Intérieur du gouvernement fédéral, arrivé dans la matinée dans la capitale régionale avec une délégation de dix élus, a déclaré « un accord au sommet »';
    expect(isLeftToQuotes(own, ['un accord au sommet'])).toBe(false);
    expect(isLeftToQuotes(`« ${quote} »`, ['une autre citation du même discours'])).toBe(false);
    expect(isLeftToQuotes(`« ${quote} »`, [])).toBe(false);
  });
});

describe('isLongQuotation', () => {
  it('is a bullet over the hard limit with two thirds of its words quoted', () => {
    const quote = '« Nous devons trouver un consensus sur la réforme des règles d’asile, sur la base d’un équilibre entre responsabilité et solidarité entre tous les États membres »';
    expect(isLongQuotation(quote)).toBe(true);
    expect(isLongQuotation(`${quote.slice(0, 40)} »`)).toBe(false);
  });

  it('is not a long statement that quotes a few words', () => {
    const s = 'Le président socialiste du pays avait annoncé qu’il décrétait l’« état d’exception et d’urgence économique » afin de « neutraliser l’agression extérieure » contre son gouvernement';
    expect(isLongQuotation(s)).toBe(false);
  });
});
