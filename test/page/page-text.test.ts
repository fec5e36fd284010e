import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse-article';
import { pageBlocks } from '../../src/page/page-blocks';
import type { PageNode } from '../../src/page/page-blocks';
import { pageText } from '../../src/page/page-text';

const blocksOf = (html: string) => pageBlocks(parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as PageNode);

describe('pageBlocks walks an article element into blocks', () => {
  it('keeps headings, paragraphs and list items in order, white space collapsed, <br> as a line break', () => {
    expect(blocksOf('<div><h2>Sub\n  head</h2><p>One <em>two</em>\n three.</p><ul><li>a</li><li>b <b>c</b></li></ul><p>x<br>y</p>text in a div</div>')).toEqual([
      { kind: 'heading', level: 2, text: 'Sub head' },
      { kind: 'paragraph', level: 0, text: 'One two three.' },
      { kind: 'item', level: 0, text: 'a' },
      { kind: 'item', level: 0, text: 'b c' },
      { kind: 'paragraph', level: 0, text: 'x\ny' },
      { kind: 'paragraph', level: 0, text: 'text in a div' },
    ]);
  });

  it('never reads scripts, styles, comments, figures and captions, asides, navigation or forms', () => {
    const html =
      '<p>Kept.<script>alert(1)</script><style>p{}</style><!-- hidden --></p><figure><img alt="x"><figcaption>Photo: AP</figcaption></figure>' +
      '<aside>Read more</aside><nav>Home</nav><form><button>Sign up</button></form><noscript>Enable JS</noscript><p>Also kept.</p>';
    expect(blocksOf(html).map((block) => block.text)).toEqual(['Kept.', 'Also kept.']);
  });
});

describe('pageText writes what the article stage reads back as the page says it', () => {
  it('metadata as front matter, the title heading left out, the words unchanged by Markdown reading', () => {
    const text = pageText({ title: 'A "quoted": title', lang: 'en-GB', source: 'The Ledger', date: '2025-03-11', byline: 'Ann Lee' }, [
      { kind: 'heading', level: 2, text: 'A "quoted": title' },
      { kind: 'paragraph', level: 0, text: '1) Not a list: *stars* and _under_ stay, as does \\ and <!-- this -->.' },
      { kind: 'paragraph', level: 0, text: '# Not a heading, - not an item, > not a quote.' },
      { kind: 'heading', level: 2, text: 'A real sub-heading' },
      { kind: 'paragraph', level: 0, text: 'Last sentence here.' },
    ]);
    expect(text.startsWith('---\ntitle: "A \\"quoted\\": title"\nlang: "en-GB"\nsource: "The Ledger"\ndate: "2025-03-11"\nauthor: "Ann Lee"\n---\n\n')).toBe(true);
    const article = parseArticle(text);
    expect(article).toMatchObject({ title: 'A "quoted": title', lang: 'en', source: 'The Ledger', date: '2025-03-11' });
    expect(article.sentences.map((s) => [s.kind, s.text])).toEqual([
      ['sentence', '1) Not a list: *stars* and _under_ stay, as does \\ and <!-- this -->.'],
      ['sentence', '# Not a heading, - not an item, > not a quote.'],
      ['heading', 'A real sub-heading'],
      ['sentence', 'Last sentence here.'],
    ]);
  });

  it('keeps one list together and without metadata writes no front matter', () => {
    const text = pageText({}, [
      { kind: 'item', level: 0, text: 'one' },
      { kind: 'item', level: 0, text: 'two' },
      { kind: 'paragraph', level: 0, text: 'After.' },
    ]);
    expect(text).toBe('- one\n- two\n\nAfter.\n');
  });
});
