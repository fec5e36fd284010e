import { describe, it, expect } from 'vitest';
import { truncate } from '../../src/text/truncate';

describe('truncate', () => {
  it('keeps text that fits', () => {
    expect(truncate('Contexte', 8)).toBe('Contexte');
  });

  it('cuts with an ellipsis within the width', () => {
    expect(truncate('Crise économique', 8)).toBe('Crise é…');
  });

  it('counts wide characters and never splits a cluster', () => {
    expect(truncate('日本語テキスト', 6)).toBe('日本…');
    expect(truncate('🇫🇷🇫🇷🇫🇷', 4)).toBe('🇫🇷…');
  });

  it('gives nothing for a width of zero and only the ellipsis for one', () => {
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abc', 1)).toBe('…');
  });

  it('truncates a five-million-character string', () => {
    const long = 'é'.repeat(5_000_000);
    expect(truncate(long, 10)).toBe(`${'é'.repeat(9)}…`);
  });
});
