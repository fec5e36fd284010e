import { describe, expect, it } from 'vitest';
import { looksLikeDeck } from '../../src/markdown/detect-deck';

describe('looksLikeDeck', () => {
  it('takes a Markdown file with a briefing machine comment for a deck', () => {
    expect(looksLikeDeck('# Title\n\nText.\n\n<!-- // briefing: {"kind":"title","sources":[]} -->\n', true)).toBe(true);
  });

  it('takes parts that each open with a heading, split by --- or end_slide, for a deck', () => {
    expect(looksLikeDeck('# One\n\ntext\n\n---\n\n## Two\n\nmore\n', true)).toBe(true);
    expect(looksLikeDeck('# One\n\ntext\n<!-- end_slide -->\n\n### Two\n', true)).toBe(true);
    expect(looksLikeDeck('---\nmarp: true\n---\n\n<!-- _class: lead -->\n\n# One\n\n---\n\n## Two\n\n---\n', true)).toBe(true);
    expect(looksLikeDeck('# One\r\n\r\ntext\r\n\r\n---\r\n\r\n## Two\r\n', true)).toBe(true);
  });

  it('takes an article for an article', () => {
    // No break at all.
    expect(looksLikeDeck('# Title\n\nParagraph.\n\n## Section\n\nMore.\n', true)).toBe(false);
    // A part that opens with text.
    expect(looksLikeDeck('# Title\n\nParagraph.\n\n---\n\nFootnote.\n', true)).toBe(false);
    // A --- under a line of text is a setext heading, and in a code fence it is code.
    expect(looksLikeDeck('# Title\n\nSubtitle\n---\n\nText.\n', true)).toBe(false);
    expect(looksLikeDeck('# Title\n\n```\n---\n```\n', true)).toBe(false);
    // The front-matter fence is not a break.
    expect(looksLikeDeck('---\ntitle: x\n---\n\n# Title\n\nText.\n', true)).toBe(false);
    // The machine comment inside a code fence is an example, not a deck's.
    expect(looksLikeDeck('# Title\n\n```\n<!-- // briefing: {} -->\n```\n', true)).toBe(false);
  });

  it('never takes a plain-text file for a deck', () => {
    expect(looksLikeDeck('# One\n\n---\n\n## Two\n\n<!-- // briefing: {"kind":"title"} -->\n', false)).toBe(false);
  });
});
