import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold';
import { runs } from '../property';

describe('fold', () => {
  it('folds case, accents, ligatures, apostrophes and dashes', () => {
    expect(fold('Œuvre À Ærø')).toBe('oeuvre a aero');
    expect(fold('l’État')).toBe("l'etat");
    expect(fold('franco–russe')).toBe('franco-russe');
    expect(fold('Straße')).toBe('strasse');
  });

  it('folds a text as its characters one after another (a capital sigma too)', () => {
    expect(fold('ΟΔΟΣ')).toBe([...'ΟΔΟΣ'].map(fold).join(''));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), (a, b) => {
        expect(fold(a)).toBe([...a].map(fold).join(''));
        expect(fold(b)).toBe([...b].map(fold).join(''));
      }),
      runs(300),
    );
  });
});
