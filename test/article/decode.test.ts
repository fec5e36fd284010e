import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { decodeBytes } from '../../src/article/decode';
import { UnusableInputError } from '../../src/input-error';
import { noise } from '../noise';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [first, second] = bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8];
    bytes[2 + 2 * i] = first;
    bytes[3 + 2 * i] = second;
  }
  return bytes;
}

describe('decodeBytes', () => {
  it('reads UTF-8 without BOM, with no warning', () => {
    expect(decodeBytes(utf8('Le président « Maduro » a dit 96 %.'))).toEqual({
      text: 'Le président « Maduro » a dit 96 %.',
      warnings: [],
    });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Déjà vu.\r\n')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Déjà vu.\r\n', warnings: [] });
  });

  it('reads UTF-16 LE and BE with a BOM, astral characters included', () => {
    const text = 'Crise économique 🇻🇪 — « 96 % »';
    expect(decodeBytes(utf16(text, false)).text).toBe(text);
    expect(decodeBytes(utf16(text, true)).text).toBe(text);
    expect(decodeBytes(utf16(text, true)).warnings).toEqual([]);
  });

  it('reads invalid UTF-8 as Windows-1252 with a one-line warning', () => {
    // "Café « déjà » coûte 5 € – l’œuvre" in Windows-1252.
    const bytes = new Uint8Array([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0xab, 0x20, 0x64, 0xe9, 0x6a, 0xe0, 0x20, 0xbb, 0x20, 0x63, 0x6f, 0xfb, 0x74, 0x65,
      0x20, 0x35, 0x20, 0x80, 0x20, 0x96, 0x20, 0x6c, 0x92, 0x9c, 0x75, 0x76, 0x72, 0x65,
    ]);
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe('Café « déjà » coûte 5 € – l’œuvre');
    expect(decoded.warnings).toEqual(['not valid UTF-8; read as Windows-1252']);
  });

  it('drops the bytes Windows-1252 leaves undefined', () => {
    const decoded = decodeBytes(new Uint8Array([0x61, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x62, 0xe9]));
    expect(decoded.text).toBe('abé');
  });

  it('replaces invalid bytes after a UTF-8 BOM instead of guessing another encoding', () => {
    const decoded = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe9, 0x62]));
    expect(decoded.text).toBe('a\uFFFDb');
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0]).toContain('not valid UTF-8');
  });

  it('refuses bytes with NUL as binary', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeBytes(png)).toThrow(UnusableInputError);
    expect(() => decodeBytes(png)).toThrow(/binary/);
  });

  it('refuses UTF-16 text holding NUL characters, and UTF-16 without BOM', () => {
    expect(() => decodeBytes(utf16('a\0b', false))).toThrow(UnusableInputError);
    expect(() => decodeBytes(utf16('abc', false).subarray(2))).toThrow(/binary/);
  });

  it('refuses input that is mostly control characters', () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 7)));
    expect(() => decodeBytes(bytes)).toThrow(/binary/);
  });

  it('accepts text with a few control characters and escape sequences', () => {
    const decoded = decodeBytes(utf8('\x1b[31mRouge\x1b[0m et \x07 texte normal, assez long pour compter.'));
    expect(decoded.text).toContain('Rouge');
  });

  it('reads empty input as empty text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', warnings: [] });
  });
});

describe('decodeBytes on binary data without NUL bytes', () => {
  it('refuses random bytes that are not UTF-8 instead of reading them as Windows-1252', () => {
    for (let seed = 1; seed <= 50; seed++) {
      expect(() => decodeBytes(noise(64 + seed * 7, seed))).toThrow(UnusableInputError);
    }
  });

  it('still reads Windows-1252 text with a stray control byte (a DOS end-of-file mark)', () => {
    const text = 'Le gouvernement a sign\xe9 un accord \xe0 Caracas lundi, a annonc\xe9 le minist\xe8re.\r\n\x1a';
    const decoded = decodeBytes(Uint8Array.from(text, (ch) => ch.charCodeAt(0)));
    expect(decoded.text.startsWith('Le gouvernement a signé un accord à Caracas lundi')).toBe(true);
    expect(decoded.warnings).toEqual(['not valid UTF-8; read as Windows-1252']);
  });
});

describe('decodeBytes on valid and broken UTF-8', () => {
  /** What a fatal TextDecoder accepts, and its text (byte-order mark dropped). */
  const strict = (bytes: Uint8Array): string | undefined => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return undefined;
    }
  };
  const bytesLike = fc.array(
    fc.oneof(
      fc.string({ unit: 'binary' }).map((s) => [...new TextEncoder().encode(s)]),
      fc.constantFrom([0xef, 0xbb, 0xbf], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xff]),
    ),
    { maxLength: 8 },
  ).map((parts) => Uint8Array.from(parts.flat()));

  it('reads exactly what a fatal UTF-8 decoder accepts, as it reads it', () => {
    fc.assert(
      fc.property(bytesLike, (bytes) => {
        const expected = strict(bytes);
        let decoded: ReturnType<typeof decodeBytes> | undefined;
        try {
          decoded = decodeBytes(bytes);
        } catch (error) {
          if (!(error instanceof UnusableInputError)) throw error;
          return;
        }
        if (expected !== undefined) {
          expect(decoded.text).toBe(expected);
          expect(decoded.warnings).toEqual([]);
        } else {
          expect(decoded.warnings).toHaveLength(1);
        }
      }),
    );
  });
});
