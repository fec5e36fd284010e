// A slide body as blocks and inlines: our own Markdown model, which src/markdown makes from marked's
// tokens and layoutBlocks lays out. Plain data, no parser: the ground floor may hold it.

/** Inline content of a paragraph, heading, list item or table cell. */
export type MdInline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'strong'; readonly children: readonly MdInline[] }
  | { readonly type: 'em'; readonly children: readonly MdInline[] }
  | { readonly type: 'del'; readonly children: readonly MdInline[] }
  | { readonly type: 'codespan'; readonly text: string }
  | { readonly type: 'link'; readonly children: readonly MdInline[]; readonly url: string }
  | { readonly type: 'image'; readonly alt: string; readonly url: string }
  | { readonly type: 'br' };

/** One list item; `checked` is set only on task items (`- [x]`, `- [ ]`). */
export interface MdListItem {
  /** true for `[x]`, false for `[ ]`, absent for an ordinary item. */
  readonly checked?: boolean;
  /** The item's content. */
  readonly blocks: readonly MdBlock[];
}

/** A table column's alignment. */
export type MdAlign = 'left' | 'center' | 'right' | null;

/** A block of a slide body. */
export type MdBlock =
  | { readonly type: 'heading'; readonly depth: number; readonly content: readonly MdInline[] }
  | { readonly type: 'paragraph'; readonly content: readonly MdInline[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly start: number; readonly items: readonly MdListItem[] }
  | { readonly type: 'code'; readonly lang: string; readonly text: string }
  | { readonly type: 'blockquote'; readonly blocks: readonly MdBlock[] }
  | {
      readonly type: 'table';
      readonly align: readonly MdAlign[];
      readonly header: readonly (readonly MdInline[])[];
      readonly rows: readonly (readonly (readonly MdInline[])[])[];
    }
  | { readonly type: 'html'; readonly text: string }
  | { readonly type: 'hr' }
  | { readonly type: 'pause' };
