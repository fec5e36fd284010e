import { describe, expect, it } from 'vitest';
import { charsetOfContentType, decodePage, metaCharset } from '../../src/page/charset';

const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));

describe('a page is decoded in the order browsers use', () => {
  // "café ’" in Windows-1252: é = 0xE9, ’ = 0x92.
  const cp1252Body = [0x63, 0x61, 0x66, 0xe9, 0x20, 0x92];

  it('reads <meta charset> and <meta http-equiv> in the first 1024 bytes, not in comments', () => {
    expect(metaCharset(bytes('<html><head><meta charset="windows-1252">'))).toBe('windows-1252');
    expect(metaCharset(bytes("<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-15'>"))).toBe('ISO-8859-15');
    expect(metaCharset(bytes('<meta name="description" content="charset=koi8-r is not a declaration">'))).toBeUndefined();
    expect(metaCharset(bytes('<!-- <meta charset="koi8-r"> --><meta charset=utf-8>'))).toBe('utf-8');
    expect(metaCharset(bytes(' '.repeat(1100), '<meta charset="koi8-r">'))).toBeUndefined();
  });

  it('takes the charset parameter of a Content-Type header', () => {
    expect(charsetOfContentType('text/html; charset="Shift_JIS"')).toBe('Shift_JIS');
    expect(charsetOfContentType('text/html')).toBeUndefined();
    expect(charsetOfContentType(undefined)).toBeUndefined();
  });

  it('decodes a declared Windows-1252 page with the right characters for 0x80–0x9F (not C1 controls)', () => {
    expect(decodePage(bytes('<meta charset="windows-1252">', cp1252Body))).toEqual({ text: '<meta charset="windows-1252">café ’', warnings: [] });
    // WHATWG reads iso-8859-1 as windows-1252.
    expect(decodePage(bytes('<meta charset="iso-8859-1">', cp1252Body)).text).toBe('<meta charset="iso-8859-1">café ’');
  });

  it('lets the BOM win over the header, and the header over <meta>', () => {
    const utf8Page = bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252">', [0xc3, 0xa9]);
    expect(decodePage(utf8Page, 'koi8-r').text).toBe('<meta charset="windows-1252">é');
    expect(decodePage(bytes('<meta charset="utf-8">', [0xe9]), 'windows-1252').text).toBe('<meta charset="utf-8">é');
    expect(decodePage(bytes('<meta charset="koi8-r">', [0xc1]), undefined).text).toBe('<meta charset="koi8-r">а');
  });

  it('without a declaration reads the bytes: UTF-8 when valid, else Windows-1252 with a warning', () => {
    expect(decodePage(bytes('<p>', [0xc3, 0xa9]))).toEqual({ text: '<p>é', warnings: [] });
    expect(decodePage(bytes('<p>', cp1252Body))).toEqual({ text: '<p>café ’', warnings: ['not valid UTF-8; read as Windows-1252'] });
  });

  it('skips an unknown label with a warning, and reads a declared UTF-8 page that is not by its bytes', () => {
    expect(decodePage(bytes('<meta charset="no-such-code">', [0xc3, 0xa9]))).toEqual({
      text: '<meta charset="no-such-code">é',
      warnings: ['charset "no-such-code" in <meta charset> is unknown; ignored'],
    });
    expect(decodePage(bytes('<meta charset="utf-8">', cp1252Body)).text).toBe('<meta charset="utf-8">café ’');
  });
});
