import { describe, expect, it } from 'vitest';
import { removeFurniture } from '../../src/article/furniture';

const removedWhy = (body: string, mode: 'auto' | 'always' = 'always') => removeFurniture(body, mode).removed.map(({ text, why }) => [text, why]);

describe('removeFurniture: lines of a pasted page, by the rules of furniture.json', () => {
  it('finds each kind, in English and in French', () => {
    const cases: [string, string][] = [
      ['Skip to main content', 'skip link'],
      ['Aller au contenu principal', 'skip link'],
      ['We use cookies to improve your experience. By clicking Accept all you agree.', 'cookie or consent notice'],
      ['En cliquant sur « Accepter », vous consentez au dépôt de traceurs.', 'cookie or consent notice'],
      ['Share: WhatsApp Email', 'share buttons'],
      ['Partager sur Facebook', 'share buttons'],
      ["Sign up to our newsletter: the day's news in your inbox.", 'newsletter sign-up'],
      ['Inscrivez-vous à notre newsletter Afrique', 'newsletter sign-up'],
      ['© 2025 The Ledger. All rights reserved.', 'copyright line'],
      ['Le Quotidien – Tous droits réservés', 'copyright line'],
      ['Advertisement', 'advertisement label'],
      ['Publicité', 'advertisement label'],
      ['World > Europe', 'breadcrumb trail'],
      ['Read more: EU and Mercosur close in on farm deal', 'link to another story'],
      ['Lire aussi : Le pétrole iranien, arme de Téhéran', 'link to another story'],
      ['The ministers in Ottawa. Photograph: Jean Tremblay/Ledger Pictures', 'photo caption or credit'],
      ['Photo : Jean Martin / AFP', 'photo caption or credit'],
      ['By Alice Barton, trade correspondent', 'byline (author)'],
      ['Julien Marchand, envoyé spécial à Vilnius', 'byline (author)'],
      ['Publié le 2 octobre 2025 à 8 h 30', 'publication time'],
      ['22 May 2025', 'publication time'],
      ['Terms of use · Privacy notice · Contact us', 'menu, footer or button words'],
      ['Tout accepter | Paramétrer', 'menu, footer or button words'],
    ];
    for (const [line, why] of cases) expect(removedWhy(`${line}\n\nThe article says something.`), line).toEqual([[line, why]]);
  });

  it('takes a run of short menu lines (blank lines between allowed) for navigation, and the headlines under a lone "Related"', () => {
    const body = 'Home\nWorld\n\nBusiness\nSport\n\nThe headline of the story\n\nIt happened on Monday.\n\nRelated\nSupermarkets win the price war\nFood inflation eases\n\nLast words.';
    expect(removedWhy(body)).toEqual([
      ['Home', 'navigation menu'],
      ['World', 'navigation menu'],
      ['Business', 'navigation menu'],
      ['Sport', 'navigation menu'],
      ['Related', 'link to another story'],
      ['Supermarkets win the price war', 'link to another story'],
      ['Food inflation eases', 'link to another story'],
    ]);
  });

  it('keeps what an article says: sentences about cookies, "By" opening a sentence, short list items and headings, code', () => {
    const body = [
      'The court ruled that websites must ask before they place cookies on a computer.',
      'By Tuesday, the deal had been signed by Canada and Japan.',
      'Published figures show a 3% rise.',
      '- Paris\n- London\n- Rome\n- Berlin',
      '## Context\n\n## Reaction\n\n## Outlook\n\n## Next steps',
      '```\nHome\nWorld\nBusiness\nSport\n```',
      'Photo finish for the election, said one analyst.',
    ].join('\n\n');
    expect(removeFurniture(body, 'always')).toEqual({ body, removed: [] });
  });

  it('in auto mode removes nothing without a strong sign (a caption or "Read more" alone is left to the analysis)', () => {
    const clean = 'DETROIT (AP) — Workers voted.\n\n(Photo: Pickets on Oct. 17. © AFP)\n\nRead more: How the strike spread\n\nBy Dana Lee';
    expect(removeFurniture(clean, 'auto')).toEqual({ body: clean, removed: [] });
    const pasted = `${clean}\n\nShare: Facebook Email`;
    expect(removeFurniture(pasted, 'auto').removed.map((entry) => entry.why)).toEqual([
      'photo caption or credit',
      'link to another story',
      'byline (author)',
      'share buttons',
    ]);
  });

  it('leaves removed lines blank, numbers them, and reads the byline and the date as metadata', () => {
    const result = removeFurniture('Headline here\nBy Priya Shah, Business Reporter · 22 May 2025\nShare this article\n\nText.', 'auto');
    expect(result).toEqual({
      body: 'Headline here\n\n\n\nText.',
      removed: [
        { line: 2, text: 'By Priya Shah, Business Reporter · 22 May 2025', why: 'byline (author)' },
        { line: 3, text: 'Share this article', why: 'share buttons' },
      ],
      byline: 'Priya Shah',
      date: '22 May 2025',
    });
    expect(removeFurniture('Titre\n\nPar Claire Dumont — Publié le 23 juin 2025 à 18 h 05\n\nPublicité\n\nTexte.', 'auto')).toMatchObject({ byline: 'Claire Dumont', date: '23 juin 2025' });
  });
});
