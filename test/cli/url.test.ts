import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePdf } from '../page/make-pdf';
import { runMain } from './run-main';

const page = (name: string): Buffer => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
const clean = (path: string): Buffer => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

/** The Windows-1252 page without its <meta> declaration: only the HTTP header says what it is. */
const undeclaredLatinPage = Buffer.from(page('fr-sanctions.html').toString('latin1').replace(/<meta http-equiv[^>]*>/, ''), 'latin1');
/** How much of the huge page is sent at most, in 64 KiB chunks (the client stops it long before). */
const HUGE_CHUNKS = 64;

let server: Server;
let base = '';
/** How many bytes the huge page had sent when its client went away. */
let hugeSent = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/news/trade-deal.html':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('en-trade-deal.html'));
        return;
      case '/moved':
        response.writeHead(302, { location: '/news/trade-deal.html' }).end();
        return;
      case '/loop':
        response.writeHead(301, { location: '/loop' }).end();
        return;
      case '/to-ftp':
        response.writeHead(302, { location: 'ftp://127.0.0.1/file' }).end();
        return;
      case '/missing':
        response.writeHead(404, { 'content-type': 'text/html' }).end('<!doctype html><title>Not found</title><p>Page not found</p>');
        return;
      case '/latin':
        response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(undeclaredLatinPage);
        return;
      case '/report':
        response.writeHead(200, { 'content-type': 'application/pdf' }).end(articlePdf(clean('articles/en-rate-decision.txt').toString('utf8'), { header: 'Markets Weekly', linesPerPage: 7, width: 80 }));
        return;
      case '/plain.txt':
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(clean('articles/en-election.txt'));
        return;
      case '/logo.png':
        response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        return;
      case '/slow':
        // Headers at once, then a body that never ends until the client gives up.
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<!doctype html><html><body><p>Loading');
        return;
      case '/huge': {
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.from(`<p>${'Filler text for a page that is far too long. '.repeat(1450)}</p>\n`.slice(0, 65_536));
        hugeSent = 0;
        let sent = 0;
        const send = (): void => {
          while (sent < HUGE_CHUNKS && !response.destroyed) {
            sent++;
            hugeSent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', send);
          }
          response.end();
        };
        send();
        return;
      }
      default:
        response.writeHead(500).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});


describe('a URL is fetched and read as its page', () => {
  it('follows a redirect and takes the final URL as the source', async () => {
    const run = await runMain(['export', `${base}/moved`, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      title: 'Canada and Japan sign trade deal cutting tariffs on beef and cars',
      source: `${base}/news/trade-deal.html`,
      date: '2025-03-11',
    });
  });

  it('analyses a fetched page as the clean text of its article', async () => {
    const fromUrl = await runMain(['analyze', '--json', `${base}/news/trade-deal.html`]);
    const fromText = await runMain(['analyze', '--json', new URL('../fixtures/articles/en-trade-deal.txt', import.meta.url).pathname]);
    expect(fromUrl.status).toBe(0);
    expect(fromUrl.stdout).toBe(fromText.stdout);
  });

  it('decodes by the charset of the HTTP header', async () => {
    const run = await runMain(['analyze', '--json', `${base}/latin`]);
    expect(run.stderr).toBe('');
    const analysis = JSON.parse(run.stdout);
    expect(analysis.sentences[2].text).toBe("« L'Iran doit comprendre que la répression a un prix », a déclaré la cheffe de la diplomatie européenne, Kaja Marten.");
  });

  it('reads an application/pdf answer as a PDF, the URL as its source', async () => {
    const run = await runMain(['export', '--format', 'json', `${base}/report`]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'Reserve Bank of Australia raises interest rates to 4.35%', source: `${base}/report` });
  });

  it('reads a text/plain answer as a text article', async () => {
    const run = await runMain(['analyze', '--json', `${base}/plain.txt`]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).title).toBe('Centre-right wins Portuguese election but falls short of majority');
  });

  it('briefing URL presents it (as text when output is not a terminal)', async () => {
    const run = await runMain([`${base}/news/trade-deal.html`]);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('[1/')).toBe(true);
    expect(run.stdout).toContain(`${base}/news/trade-deal.html · 2025-03-11`);
  });
});

describe('a URL that gives no page is exit 2 with one line', () => {
  const cases: { name: string; path: string; options: string[]; says: string }[] = [
    { name: 'a 404', path: '/missing', options: [], says: 'the server answered 404 Not Found; check the address' },
    { name: 'a redirect loop', path: '/loop', options: [], says: 'more than 5 redirects; check the address in a browser' },
    { name: 'a redirect away from http', path: '/to-ftp', options: [], says: 'only http and https URLs are fetched; save the page and give its file' },
    { name: 'an image', path: '/logo.png', options: [], says: 'is not a web page (image/png); give the address of an article page' },
    { name: 'a page slower than --timeout', path: '/slow', options: ['--timeout', '1'], says: 'no complete answer within 1 s; try again later or raise --timeout' },
  ];
  for (const { name, path, options, says } of cases) {
    it(name, async () => {
      const run = await runMain(['export', `${base}${path}`, ...options]);
      expect(run.stderr).toBe(`briefing: ${base}${path}: ${says}\n`);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
    });
  }

  it('a page larger than --max-size', async () => {
    const run = await runMain(['export', `${base}/huge`, '--max-size', '1']);
    expect(run.stderr).toBe(`briefing: ${base}/huge is larger than 1 MB; raise the limit with --max-size MB\n`);
    expect(run.status).toBe(2);
  });

  it('the huge page was abandoned soon after the limit, not read to its end', () => {
    expect(hugeSent).toBeLessThan(HUGE_CHUNKS * 65_536);
  });

  it('a refused connection and a scheme other than http(s)', async () => {
    const closed = createServer().listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    const refused = await runMain(['analyze', `http://127.0.0.1:${port}/x`]);
    expect(refused.stderr).toBe(`briefing: http://127.0.0.1:${port}/x: cannot be fetched (ECONNREFUSED); check the address and the network\n`);
    expect(refused.status).toBe(2);
    const ftp = await runMain(['export', 'ftp://127.0.0.1/article.html']);
    expect(ftp.stderr).toBe('briefing: ftp://127.0.0.1/article.html: only http and https URLs are fetched; save the page and give its file\n');
    expect(ftp.status).toBe(2);
  });

  it('--watch and --follow need a file, not a URL', async () => {
    const run = await runMain(['present', '--watch', `${base}/news/trade-deal.html`]);
    expect(run.stderr).toBe('briefing: --watch needs a file, not a URL\n');
    expect(run.status).toBe(1);
  });
});
