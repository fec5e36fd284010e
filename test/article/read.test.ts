import { describe, it, expect } from 'vitest';
import { readText } from '../../src/article/read';
import { UnusableInputError } from '../../src/input-error';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readText', () => {
  it('decodes and sanitises: BOM and CRLF gone, escape sequences stripped', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Titre\x1b]0;pwned\x07\r\n\r\nLe pre\u0301sident.\r\n')]);
    expect(readText(bytes)).toEqual({ text: 'Titre\n\nLe président.\n', warnings: [] });
  });

  it('passes decoding warnings on', () => {
    const result = readText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    expect(result).toEqual({ text: 'Café.', warnings: ['not valid UTF-8; read as Windows-1252'] });
  });

  it('refuses empty and white-space-only input, Unicode spaces and invisible characters included', () => {
    for (const text of ['', '   \n\t\n', '\u00a0\u202f\u3000\u2003\n', '\u200b\ufeff\x1b[0m\r\n']) {
      expect(() => readText(utf8(text))).toThrow(UnusableInputError);
      expect(() => readText(utf8(text))).toThrow(/is empty/);
    }
  });

  it('refuses binary input', () => {
    expect(() => readText(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]))).toThrow(/binary/);
  });
});
