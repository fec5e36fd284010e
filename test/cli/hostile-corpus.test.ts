// The project's own corpus of nasty inputs, generated here, each run through the command line in-process
// (`export`, `export --format json`, `analyze --json`, `present --print --notes`): every run ends
// within the limit with exit 0 and no control character in its output, or with exit 2 and one clean
// line on standard error; never a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { noise } from '../noise';
import type { CliRun } from './run-cli';
import { runMain } from './run-main';

/** A control character other than `\n` and `\t` (C0, DEL, C1). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
/** A bidi embedding, override or isolate. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/u;

const ESC = '\u001b';
const BEL = '\u0007';

/** Bytes of `text` in a single-byte code page (every character below U+0100 or in the Windows-1252 extras). */
function singleByte(text: string): Uint8Array {
  const extras: Record<string, number> = { '€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, '…': 0x85 };
  return Uint8Array.from(text, (ch) => extras[ch] ?? (ch.charCodeAt(0) < 0x100 ? ch.charCodeAt(0) : 0x3f));
}

/** UTF-16 with a byte-order mark. */
function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + 2 * i] = bigEndian ? code >> 8 : code & 0xff;
    bytes[3 + 2 * i] = bigEndian ? code & 0xff : code >> 8;
  }
  return bytes;
}

const FRENCH =
  'Crise au Venezuela\n\nLe Venezuela et la Russie ont signé samedi un accord de coopération énergétique à Caracas, a annoncé le ministre. ' +
  '« Nous avons renouvelé tous les contrats », a déclaré Nicolas Maduro. L’inflation a atteint 96 % en 2018 et la crise économique s’aggrave, ' +
  'selon la banque centrale.\n\nLes deux pays ont renforcé leur alliance militaire face aux sanctions des États-Unis. Le coût : 5 € par baril.\n';
const ENGLISH =
  'Trade talks in Geneva\n\nThe two countries signed a trade agreement on Monday in Geneva, the minister said. ' +
  '"We renewed every contract," said Nicolas Maduro. Inflation rose to 4% as the economic crisis deepened.\n\n' +
  'The alliance with Russia was strengthened against the sanctions.\n';

// Escape sequences written as raw characters must vanish with their payload; written as HTML
// references (`&#x1b;]2;…`) they are shown as the harmless text they are, never decoded.

/** What a file must give: exit 0 (a deck), exit 2 (refused), or either. */
type Expect = 0 | 2 | 'either';

interface Case {
  readonly name: string;
  readonly bytes: Uint8Array | string;
  readonly expect: Expect;
  /** Text that must appear in `export`'s output (decoding checks). */
  readonly shows?: readonly string[];
  /** Text that must not appear in any output (payloads of raw escape sequences). */
  readonly hides?: readonly string[];
  /** Whether the file is a Markdown deck (`analyze` on it is the usage error of DESIGN.md). */
  readonly deck?: boolean;
}

const huge = (word: string): string => {
  let s = '';
  while (s.length < 200_000) s += word;
  return s.slice(0, 200_000);
};

const CASES: readonly Case[] = [
  { name: 'empty.txt', bytes: '', expect: 2 },
  { name: 'whitespace.txt', bytes: ' \t\n\u00a0\u2003\u3000\u2009\u202f\u205f\n\r\n  \n', expect: 2 },
  { name: 'invisible.md', bytes: '\u200b\u200d\ufeff\u2060\u202e\n\u2066\u2069\n', expect: 2 },
  { name: 'cp1252.txt', bytes: singleByte(FRENCH), expect: 0, shows: ['Caracas', 'énergétique', 'L’inflation'] },
  { name: 'latin1.txt', bytes: singleByte(FRENCH.replace(/[’€]/g, "'")), expect: 0, shows: ['Crise économique', 'déclaré'] },
  { name: 'bom-crlf.txt', bytes: `\ufeff${ENGLISH.replace(/\n/g, '\r\n')}`, expect: 0, shows: ['Trade talks in Geneva'] },
  { name: 'utf16le.txt', bytes: utf16(FRENCH, false), expect: 0, shows: ['Crise économique', 'Nicolas Maduro'] },
  { name: 'utf16be.txt', bytes: utf16(ENGLISH, true), expect: 0, shows: ['Trade talks in Geneva'] },
  {
    name: 'escapes.txt',
    bytes:
      `Trade ${ESC}]0;PWNED-TITLE${BEL}talks ${ESC}]2;PWNED-TWO${ESC}\\in Geneva\n\n` +
      `The two countries ${ESC}]52;c;Q0xJUEJPQVJE${BEL}signed a trade agreement on Monday.${ESC}[2J${ESC}[H ` +
      `"We renewed ${ESC}[31mevery${ESC}[0m contract," said Nicolas Maduro.${ESC}[?1049h ${ESC}P+q544e${ESC}\\` +
      `Inflation rose to 4% as the \u009b2Jeconomic\u009d0;PWNED-C1\u0007 crisis deepened.${ESC}c${ESC}7\n\n` +
      `The alliance${ESC} with Russia\u0008\u0008 was ${ESC}_APC-PAYLOAD${ESC}\\strengthened\u0085 against the sanctions.\u007f\n`,
    expect: 0,
    shows: ['Trade talks in Geneva', 'signed a trade agreement'],
    hides: ['PWNED', 'Q0xJUEJPQVJE', 'APC-PAYLOAD', '544e'],
  },
  {
    name: 'c1-controls.txt',
    bytes: `${ENGLISH.slice(0, 60)}\u0080\u0081\u0084\u0085\u008d\u0090\u0099\u009a\u009f${ENGLISH.slice(60)}`,
    expect: 0,
  },
  { name: 'line-ascii.txt', bytes: huge('word signed agreement crisis alliance inflation '), expect: 'either' },
  { name: 'line-accented.txt', bytes: huge('éléphant déjà reçu où crise économique accord signé '), expect: 'either' },
  { name: 'line-nospace.txt', bytes: huge('é'), expect: 'either' },
  { name: 'line-cjk.txt', bytes: huge('委内瑞拉和俄罗斯签署了协议'), expect: 'either' },
  { name: 'random.bin', bytes: noise(4096, 7, true), expect: 2 },
  { name: 'random-no-nul.txt', bytes: noise(1024, 11, false), expect: 2 },
  { name: 'nul.txt', bytes: `${ENGLISH}\u0000\u0000${ENGLISH}`, expect: 2 },
  {
    name: 'html.md',
    bytes:
      '# Raw HTML in an article\n\nThe minister signed an agreement <script>document.title="x"</script> with the union on Monday.\n\n' +
      '<script>\nalert("the economy collapsed");\n</script>\n\n<style>body { display: none }</style>\n\n' +
      '<div onclick="steal()">The deal cuts tariffs on steel by 4% &#x1b;[2J &#27;]0;LITERAL&#7; &lt;b&gt;.</div>\n\n' +
      '```\nThe code block says a treaty was signed.\n```\n\n<!-- The comment says the alliance broke. -->\n\n' +
      'Inflation rose to 4% in the crisis, the bank said.\n',
    expect: 0,
  },
  {
    name: 'deck.md',
    bytes:
      `# Deck ${ESC}]0;PWNED-T${BEL}title &#x1b;]2;LITERAL&#x07;\n\n- bullet ${ESC}[2J one &#27;[2J &#x9b;31m &#8238;rev\n` +
      `- ${ESC}]52;c;Q0xJUEJPQVJE${BEL}two \u202eevil\u202c \u2067isolate\u2069\n\n` +
      '<!-- speaker_note: "\\u001b]52;c;Q0xJUEJPQVJE\\u0007 note \\u202e \\u009b2J" -->\n\n---\n\n' +
      `## Second ${ESC}[31mslide &#x202E;\n\n1. x \`&#x1b;\` y\n2. [link](https://example.com/${ESC}]0;PWNED-L${BEL})\n\n` +
      '<!-- // briefing: {"kind":"section","section":"context","sources":[0]} -->\n\n---\n\n## Third\n\n```\ncode \u001b[2J\n```\n\n' +
      '<!-- end_slide -->\n\n## Fourth &#0; &#xD800; &#x110000;\n\n> quote\n',
    expect: 0,
    deck: true,
    hides: ['PWNED', 'Q0xJUEJPQVJE'],
  },
  {
    name: 'rtl.txt',
    bytes:
      'اتفاق تجاري بين البلدين\n\nوقع البلدان اتفاقا تجاريا يوم الاثنين \u202eevil.exe\u202c في جنيف. ' +
      'ההסכם נחתם \u2067ביום שני\u2069 בז\'נבה. The two countries signed a trade agreement \u202dforced\u202c on Monday.\n',
    expect: 'either',
  },
  {
    name: 'emoji.txt',
    bytes:
      'Families 👨‍👩‍👧‍👦 and flags 🇻🇪🇷🇺\n\nThe two countries 🇻🇪 and 🇷🇺 signed a trade agreement 🤝🏽 on Monday, the minister said. ' +
      '"We renewed every contract 👩🏿‍💻," said Nicolas Maduro. Inflation rose to 4% 📈 as the crisis deepened 1️⃣ ❤️‍🔥.\n',
    expect: 0,
  },
  {
    name: 'cjk.txt',
    bytes:
      '委内瑞拉与俄罗斯续签合同\n\n委内瑞拉和俄罗斯星期六续签了支持和咨询合同。马杜罗说：“我们续签了所有合同。”通货膨胀率达到百分之九十六。\n\n' +
      'ベネズエラとロシアは土曜日に契約を更新した。The two countries signed a trade agreement on Monday.\n',
    expect: 'either',
  },
];

/** A finished run of the CLI. */
interface Run extends CliRun {
  readonly ms: number;
}

/**
 * A run's limit: about ten times what the slowest case takes on a machine loaded by other test runs
 * (a path quadratic in a 200 KB line takes minutes).
 */
const RUN_LIMIT_MS = 40_000;

async function run(args: readonly string[]): Promise<Run> {
  const started = Date.now();
  const done = await runMain(args);
  return { ...done, ms: Date.now() - started };
}

/** Every string inside a parsed JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

const COMMANDS = [['export'], ['export', '--format', 'json'], ['analyze', '--json'], ['present', '--print', '--notes']] as const;

describe('the nasty-input corpus through the command line', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-hostile-'));
    for (const c of CASES) writeFileSync(join(dir, c.name), c.bytes);
  });

  it.each(CASES)('$name', async (c) => {
    const runs: Run[] = [];
    for (const command of COMMANDS) runs.push(await run([...command, join(dir, c.name)]));
    runs.forEach((r, i) => {
      const command = COMMANDS[i] as readonly string[];
      const where = `${command.join(' ')} ${c.name}: exit ${r.status}, stderr ${JSON.stringify(r.stderr.slice(0, 300))}`;
      expect(r.ms, where).toBeLessThan(RUN_LIMIT_MS);
      expect(r.stderr, where).not.toMatch(/\n\s+at |Error:|internal error/);
      expect(CONTROL.test(r.stderr), where).toBe(false);
      expect(BIDI.test(r.stderr), where).toBe(false);
      for (const hidden of c.hides ?? []) {
        expect(r.stdout, where).not.toContain(hidden);
        expect(r.stderr, where).not.toContain(hidden);
      }
      if (c.deck === true && command[0] === 'analyze') {
        expect(r.status, where).toBe(1);
        expect(r.stderr, where).toMatch(/^briefing: .*--as article[^\n]*\n$/);
        return;
      }
      if (r.status === 0) {
        expect(c.expect, where).not.toBe(2);
        expect(CONTROL.test(r.stdout), where).toBe(false);
        expect(BIDI.test(r.stdout), where).toBe(false);
        expect(r.stdout.length, where).toBeGreaterThan(0);
        if (command.includes('--json') || command.includes('json')) {
          for (const s of strings(JSON.parse(r.stdout))) {
            expect(CONTROL.test(s.replace(/[\n\t]/g, '')), `${where}: ${JSON.stringify(s.slice(0, 80))}`).toBe(false);
            expect(BIDI.test(s), where).toBe(false);
          }
        }
        for (const line of r.stderr.split('\n').filter((l) => l !== '')) expect(line, where).toMatch(/^briefing: warning: /);
      } else {
        expect(c.expect, where).not.toBe(0);
        expect(r.status, where).toBe(2);
        expect(r.stdout, where).toBe('');
        expect(r.stderr, where).toMatch(/^briefing: [^\n]+\n$/);
        expect(r.stderr, where).toContain(c.name);
      }
    });
    if (c.shows !== undefined) {
      const exported = runs[0] as Run;
      for (const shown of c.shows) expect(exported.stdout).toContain(shown);
    }
  }, 4 * RUN_LIMIT_MS);
});
