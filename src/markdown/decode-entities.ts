// HTML character references in Markdown text (`&amp;`, `&#233;`, `&#xE9;`), decoded as CommonMark
// says, except that a reference to a control, zero-width or bidi-override character stays as it
// is written: every character that reaches the screen has passed `read`, and a reference must
// not smuggle one past it.

/** Named references decoded: HTML's Latin-1 set and common typography; any other name stays literal. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: '\u0027', nbsp: '\u00a0', iexcl: '\u00a1',
  cent: '\u00a2', pound: '\u00a3', curren: '\u00a4', yen: '\u00a5', brvbar: '\u00a6',
  sect: '\u00a7', uml: '\u00a8', copy: '\u00a9', ordf: '\u00aa', laquo: '\u00ab', not: '\u00ac',
  shy: '\u00ad', reg: '\u00ae', macr: '\u00af', deg: '\u00b0', plusmn: '\u00b1', sup2: '\u00b2',
  sup3: '\u00b3', acute: '\u00b4', micro: '\u00b5', para: '\u00b6', middot: '\u00b7',
  cedil: '\u00b8', sup1: '\u00b9', ordm: '\u00ba', raquo: '\u00bb', frac14: '\u00bc',
  frac12: '\u00bd', frac34: '\u00be', iquest: '\u00bf', Agrave: '\u00c0', Aacute: '\u00c1',
  Acirc: '\u00c2', Atilde: '\u00c3', Auml: '\u00c4', Aring: '\u00c5', AElig: '\u00c6',
  Ccedil: '\u00c7', Egrave: '\u00c8', Eacute: '\u00c9', Ecirc: '\u00ca', Euml: '\u00cb',
  Igrave: '\u00cc', Iacute: '\u00cd', Icirc: '\u00ce', Iuml: '\u00cf', ETH: '\u00d0',
  Ntilde: '\u00d1', Ograve: '\u00d2', Oacute: '\u00d3', Ocirc: '\u00d4', Otilde: '\u00d5',
  Ouml: '\u00d6', times: '\u00d7', Oslash: '\u00d8', Ugrave: '\u00d9', Uacute: '\u00da',
  Ucirc: '\u00db', Uuml: '\u00dc', Yacute: '\u00dd', THORN: '\u00de', szlig: '\u00df',
  agrave: '\u00e0', aacute: '\u00e1', acirc: '\u00e2', atilde: '\u00e3', auml: '\u00e4',
  aring: '\u00e5', aelig: '\u00e6', ccedil: '\u00e7', egrave: '\u00e8', eacute: '\u00e9',
  ecirc: '\u00ea', euml: '\u00eb', igrave: '\u00ec', iacute: '\u00ed', icirc: '\u00ee',
  iuml: '\u00ef', eth: '\u00f0', ntilde: '\u00f1', ograve: '\u00f2', oacute: '\u00f3',
  ocirc: '\u00f4', otilde: '\u00f5', ouml: '\u00f6', divide: '\u00f7', oslash: '\u00f8',
  ugrave: '\u00f9', uacute: '\u00fa', ucirc: '\u00fb', uuml: '\u00fc', yacute: '\u00fd',
  thorn: '\u00fe', yuml: '\u00ff', OElig: '\u0152', oelig: '\u0153', Scaron: '\u0160',
  scaron: '\u0161', Yuml: '\u0178', fnof: '\u0192', circ: '\u02c6', tilde: '\u02dc',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d',
  bdquo: '\u201e', dagger: '\u2020', Dagger: '\u2021', bull: '\u2022', hellip: '\u2026',
  permil: '\u2030', prime: '\u2032', Prime: '\u2033', lsaquo: '\u2039', rsaquo: '\u203a',
  oline: '\u203e', frasl: '\u2044', euro: '\u20ac', trade: '\u2122', larr: '\u2190',
  uarr: '\u2191', rarr: '\u2192', darr: '\u2193', harr: '\u2194', minus: '\u2212', le: '\u2264',
  ge: '\u2265', ne: '\u2260', asymp: '\u2248', infin: '\u221e', check: '\u2713', star: '\u2606',
  hyphen: '\u2010', dash: '\u2010', numero: '\u2116', half: '\u00bd',
};

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** Whether a decoded code point may not reach the screen (controls, zero-width, bidi controls). */
function isForbidden(cp: number): boolean {
  if (cp === 0x09 || cp === 0x0a) return false;
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp < 0xa0) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff
  );
}

/** The character a numeric reference stands for: U+FFFD for 0, surrogates and values past Unicode. */
function fromNumber(reference: string, cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return isForbidden(cp) ? reference : String.fromCodePoint(cp);
}

/** `text` with its HTML character references decoded (unknown names and forbidden characters left as written). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (reference: string, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined) return fromNumber(reference, Number.parseInt(hex, 16));
    if (dec !== undefined) return fromNumber(reference, Number.parseInt(dec, 10));
    return (name !== undefined && Object.hasOwn(NAMED, name) ? NAMED[name] : undefined) ?? reference;
  });
}
