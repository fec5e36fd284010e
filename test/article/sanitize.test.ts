import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { NFC_STABLE_RANGES, sanitizeText } from '../../src/article/sanitize';

const FORBIDDEN = /[\0-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/u;

describe('sanitizeText', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(sanitizeText('un\r\ndeux\rtrois\n')).toBe('un\ndeux\ntrois\n');
  });

  it('composes to NFC', () => {
    expect(sanitizeText('Le pre\u0301sident')).toBe('Le président');
    expect(sanitizeText('Le pre\u200b\u0301sident')).toBe('Le président');
    expect(sanitizeText('l’\u212b et \u2000 — e\u0301')).toBe('l’\u00c5 et \u2002 — é');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => sanitizeText(text) === sanitizeText(text).normalize('NFC')));
  });

  it('leaves as they are only characters that NFC never changes, alone or in pairs', () => {
    const stable: string[] = [];
    for (const [from, to] of NFC_STABLE_RANGES) for (let cp = from; cp <= to; cp++) stable.push(String.fromCodePoint(cp));
    const all = stable.join('');
    expect(all.normalize('NFC')).toBe(all);
    const changed: string[] = [];
    for (const a of stable) for (const b of stable) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
    expect(changed).toEqual([]);
  });

  it('removes CSI sequences whole (SGR, cursor moves, private modes)', () => {
    expect(sanitizeText('\x1b[1;31mRouge\x1b[0m \x1b[2J\x1b[?1049hfin\x1b[10;20H.')).toBe('Rouge fin.');
  });

  it('removes OSC 52 (clipboard) and OSC 0 (window title) with BEL or ST', () => {
    expect(sanitizeText('a\x1b]52;c;cm0gLXJmIH4=\x07b')).toBe('ab');
    expect(sanitizeText('a\x1b]0;owned\x1b\\b')).toBe('ab');
    expect(sanitizeText('a\x1b]8;;https://evil.example\x1b\\lien\x1b]8;;\x1b\\b')).toBe('alienb');
  });

  it('removes DCS, APC, PM and SOS strings up to ST', () => {
    expect(sanitizeText('a\x1bP1$r0m\x1b\\b\x1b_apc\x1b\\c\x1b^pm\x1b\\d\x1bXsos\x1b\\e')).toBe('abcde');
  });

  it('removes two-character and nF escape sequences', () => {
    expect(sanitizeText('a\x1b7b\x1bcc\x1b(Bd\x1bMe')).toBe('abcde');
  });

  it('removes the C1 forms of CSI, OSC and DCS with their payload, and other C1 controls', () => {
    expect(sanitizeText('a\u009b31mb\u009d0;title\u009cc\u0090q\u009cd\u0085e\u0080f')).toBe('abcdef');
  });

  it('ends an unterminated control string at the end of its line', () => {
    expect(sanitizeText('début\x1b]0;title sans fin\nLa suite reste.')).toBe('début\nLa suite reste.');
  });

  it('drops a lone ESC and an aborted CSI without eating the text', () => {
    expect(sanitizeText('a\x1bé\x1b[12')).toBe('aé');
    expect(sanitizeText('a\x1b[1\nb')).toBe('a\nb');
  });

  it('removes C0 controls except newline and tab, and DEL', () => {
    expect(sanitizeText('a\x00b\x07c\x08d\te\x0bf\x0cg\x7fh\n')).toBe('abcd\tefgh\n');
  });

  it('removes zero-width characters and bidi overrides, embeddings and isolates', () => {
    expect(sanitizeText('\ufeffa\u200bb\u200cc\u200dd\u2060e')).toBe('abcde');
    expect(sanitizeText('x\u202ey\u202a\u202b\u202c\u202dz\u2066\u2067\u2068\u2069.')).toBe('xyz.');
  });

  it('keeps no-break spaces and typographic characters', () => {
    const text = '«\u00a0Oui\u202f», dit-il\u00a0: 3,5\u00a0% — l’œuvre…';
    expect(sanitizeText(text)).toBe(text);
  });

  it('replaces lone surrogates and keeps pairs', () => {
    expect(sanitizeText('a\ud800b\udc00c😀')).toBe('a\uFFFDb\uFFFDc😀');
  });

  it('turns Unicode line and paragraph separators into newlines', () => {
    expect(sanitizeText('a\u2028b\u2029c')).toBe('a\nb\n\nc');
  });

  it('leaves no control, zero-width or bidi character, and is idempotent', () => {
    const pieces = fc.constantFrom(
      'a', 'é', ' ', '\n', '\t', '\r', '\x1b', '[', ']', '\\', '\x07', ';', '0', 'm', 'P', '_', '\u009b', '\u009d',
      '\u009c', '\u0085', '\u200b', '\u202e', '\u2066', '\ufeff', '\u00a0', 'e\u0301', '\ud800', '😀',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const once = sanitizeText(parts.join(''));
        expect(FORBIDDEN.test(once)).toBe(false);
        expect(once.includes('\r')).toBe(false);
        expect(sanitizeText(once)).toBe(once);
      }),
    );
  });

  it('finishes on 200,000-character lines of text and of escape introducers', () => {
    const inputs = [
      'a'.repeat(200_000),
      'é'.repeat(200_000),
      '\x1b]'.repeat(100_000),
      '\x1b['.repeat(100_000),
      '\u009d'.repeat(200_000),
      '\r'.repeat(200_000),
    ];
    const lengths = inputs.map((input) => sanitizeText(input).length);
    expect(lengths).toEqual([200_000, 200_000, 0, 0, 0, 200_000]);
  });
});
