import { describe, it, expect } from 'vitest';
import { detectLanguage } from '../../src/article/language';

describe('detectLanguage', () => {
  it('recognises French', () => {
    expect(detectLanguage('Le président a parlé samedi. Il a dit non.')).toBe('fr');
    expect(detectLanguage('La Russie est l’un des principaux alliés de Caracas, aux côtés de la Chine.')).toBe('fr');
  });

  it('recognises English', () => {
    expect(detectLanguage('Russia and Venezuela renewed on Saturday a series of contracts, the president said.')).toBe('en');
    expect(detectLanguage('Maduro and Putin signed agreements.')).toBe('en');
  });

  it('returns null for German, Spanish, Italian, Portuguese and Dutch', () => {
    expect(detectLanguage('Der Präsident hat am Samstag mit dem Minister gesprochen und die Verträge wurden nicht verlängert.')).toBeNull();
    expect(detectLanguage('El presidente de Venezuela dijo que los contratos con Rusia se renovaron por un año más.')).toBeNull();
    expect(detectLanguage('Il presidente del Venezuela ha detto che i contratti con la Russia sono stati rinnovati.')).toBeNull();
    expect(detectLanguage('O presidente da Venezuela disse que os contratos com a Rússia foram renovados.')).toBeNull();
    expect(detectLanguage('De president van Venezuela zei dat de contracten met Rusland zijn verlengd.')).toBeNull();
  });

  it('returns null when there is nothing to go on', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('Hello world')).toBeNull();
    expect(detectLanguage('12 345 678 — !!!')).toBeNull();
  });

  it('looks only at the first 20,000 characters', () => {
    const french = 'Le président et la Russie ont signé des accords pour le pays. '.repeat(400);
    const english = 'The president and the country signed the agreements with the allies. '.repeat(2000);
    expect(french.length).toBeGreaterThan(20_000);
    expect(detectLanguage(french + english)).toBe('fr');
  });
});
