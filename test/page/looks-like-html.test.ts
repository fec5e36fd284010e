import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../src/page/looks-like-html';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('standard input is taken for a page only when it opens like one', () => {
  it('a doctype, <html>, <head> or <body> after white space, comments or a BOM', () => {
    for (const text of ['<!DOCTYPE html>\n<html>', '  \n<html lang="fr">', '<!-- saved from url=(0042) -->\n<!doctype HTML>', '\ufeff<head><title>x</title>', '<body>\n<p>x']) {
      expect(looksLikeHtml(utf8(text))).toBe(true);
    }
  });

  it('not an article that mentions tags, a Markdown deck or an HTML fragment', () => {
    for (const text of ['# Title\n\n<html> is a tag.', 'Le <b>président</b> a parlé.', '---\noptions:\n---\n<!-- // briefing: {} -->', '<p>A fragment</p>', '<htmlx>']) {
      expect(looksLikeHtml(utf8(text))).toBe(false);
    }
  });
});
