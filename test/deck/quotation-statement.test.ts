import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { DEFAULT_TEMPLATE } from '../../src/analysis/template';
import { parseArticle } from '../../src/article/parse-article';
import { compose } from '../../src/deck/compose';
import { quotationStatement } from '../../src/deck/quotation-statement';

describe('quotationStatement: a long quotation read as the statement it makes', () => {
  it('gives the words of a third-person quotation without its marks', () => {
    expect(quotationStatement('« La régie conditionne sa reprise au maintien des quarante emplois du site et à la modernisation de la ligne »', 'fr')).toBe(
      'La régie conditionne sa reprise au maintien des quarante emplois du site et à la modernisation de la ligne',
    );
    expect(quotationStatement('"The ministry is having to weigh the cost of new pipes against the risk of another dry summer in the south,', 'en')).toBe(
      'The ministry is having to weigh the cost of new pipes against the risk of another dry summer in the south',
    );
  });

  it('refuses a quotation that needs its speaker, or is not one whole quotation', () => {
    expect(quotationStatement('« Nous ne céderons rien sur les salaires tant que la direction refusera de négocier »', 'fr')).toBeUndefined();
    expect(quotationStatement('"We will not sign anything before the vote in parliament next month"', 'en')).toBeUndefined();
    expect(quotationStatement('« Il serait logique que les partis prennent des initiatives urgentes »', 'fr')).toBeUndefined();
    expect(quotationStatement('Selon lui, « la régie conditionne sa reprise au maintien des emplois »', 'fr')).toBeUndefined();
    expect(quotationStatement('« La régie » a confirmé « son offre »', 'fr')).toBeUndefined();
  });
});

describe('a section slide shows a long third-person quotation shortened, the quotes slide verbatim', () => {
  const text = [
    '# La coopérative dépose une offre pour la laiterie de Vire',
    '',
    'La coopérative normande Terres de Bocage a déposé lundi une offre de reprise de la laiterie de Vire, placée en redressement judiciaire en mars.',
    '',
    '« La coopérative conditionne son offre au maintien des cent quarante emplois du site, qui emploie aussi une vingtaine d’intérimaires chaque été, et à la reprise de la marque Bocage », a déclaré mardi son président, Alain Leroux.',
    '',
    'Le tribunal de commerce de Caen doit examiner les offres de reprise le 12 juin, selon l’administrateur judiciaire.',
  ].join('\n');

  it('gives the statement, not the quotation, as a bullet, and keeps the quotation on the quotes slide', () => {
    const article = parseArticle(text);
    const deck = compose(article, analyze(article, DEFAULT_TEMPLATE));
    const sectionBodies = deck.slides.filter((s) => s.kind === 'section').map((s) => s.body).join('\n');
    expect(sectionBodies).toContain('- La coopérative conditionne son offre au maintien des cent quarante emplois du site et à la reprise de la marque Bocage\n');
    expect(sectionBodies).not.toContain('« La coopérative conditionne');
    expect(deck.slides.find((s) => s.kind === 'quotes')?.body).toContain('La coopérative conditionne son offre au maintien des cent quarante emplois du site, qui emploie aussi');
  });
});

describe('a section whose sentences all need the one before them', () => {
  it('shows its short bullets and leaves a long first-person quotation to the quotes slide', () => {
    const article = parseArticle(
      [
        '# Le groupe Lemaire confirme son offre sur La Voix du Nord-Est',
        '',
        'Le groupe de presse Lemaire a confirmé mercredi son intérêt pour le quotidien régional La Voix du Nord-Est, mis en vente par son actionnaire.',
        '',
        'Cette offre de rachat a été envoyée lundi au conseil d’administration du quotidien.',
        '',
        '« Nous conditionnons notre offre de rachat à la suspension du plan social en cours de négociation et au maintien de toutes les éditions locales du journal dans les trois départements », a déclaré son directeur général, Paul Lemaire.',
      ].join('\n'),
    );
    const deck = compose(article, analyze(article, DEFAULT_TEMPLATE));
    const agreements = deck.slides.find((s) => s.kind === 'section' && s.section === 'agreements');
    expect(agreements?.body).toBe('- Cette offre de rachat a été envoyée lundi au conseil d’administration du quotidien');
    expect([...(agreements?.sources ?? [])].sort()).toEqual([1, 2]);
    expect(deck.slides.find((s) => s.kind === 'quotes')?.body).toContain('« Nous conditionnons notre offre de rachat');
  });
});
