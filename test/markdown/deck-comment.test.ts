import { describe, expect, it } from 'vitest';
import { classifyComment, commentBody } from '../../src/markdown/deck-comment';

describe('commentBody', () => {
  it('gives the inner text of one whole comment only', () => {
    expect(commentBody('<!-- note -->\n')).toBe(' note ');
    expect(commentBody('<!--\nline\n-->')).toBe('\nline\n');
    expect(commentBody('<!---->')).toBe('');
    expect(commentBody('<!-->')).toBe('');
    expect(commentBody('<!-- a --> text')).toBeUndefined();
    expect(commentBody('<!-- a --> <!-- b -->')).toBeUndefined();
    expect(commentBody('<div>')).toBeUndefined();
    expect(commentBody('<!-- open to the end\n\nmore')).toBe(' open to the end\n\nmore');
  });
});

describe('classifyComment', () => {
  it('knows slide breaks, reveal steps, commands and machine comments', () => {
    expect(classifyComment(' end_slide ')).toEqual({ kind: 'end-slide' });
    expect(classifyComment(' pause ')).toEqual({ kind: 'keep' });
    expect(classifyComment(' column_layout: [1, 2] ')).toEqual({ kind: 'keep' });
    expect(classifyComment(' _class: lead ')).toEqual({ kind: 'keep' });
    expect(classifyComment(' // a comment for the author ')).toEqual({ kind: 'keep' });
    expect(classifyComment(' // briefing: {"kind":"title"} ')).toEqual({ kind: 'machine', json: '{"kind":"title"}' });
  });

  it('reads speaker notes as JSON, as a YAML block, or as written', () => {
    expect(classifyComment(' speaker_note: "a \\u003e b\\nc" ')).toEqual({ kind: 'note', text: 'a > b\nc' });
    expect(classifyComment(' speaker_note: Dire que : « oui » ')).toEqual({ kind: 'note', text: 'Dire que : « oui »' });
    expect(classifyComment(' speaker_note: "not closed ')).toEqual({ kind: 'note', text: '"not closed' });
    expect(classifyComment('\nspeaker_note: |\n  one\n    two\n')).toEqual({ kind: 'note', text: 'one\n  two' });
    expect(classifyComment(' Remember the 2017 loan: $5bn. ')).toEqual({ kind: 'note', text: 'Remember the 2017 loan: $5bn.' });
  });
});
