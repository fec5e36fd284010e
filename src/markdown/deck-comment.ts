// What a block-level HTML comment means in a Markdown deck: a slide break, a reveal step, a
// presenter command, briefing's machine comment, or a speaker note.

/** A top-level HTML block read as a deck comment. */
export type DeckComment =
  /** `<!-- end_slide -->`: ends the slide. */
  | { readonly kind: 'end-slide' }
  /** `<!-- pause -->`, a presenterm command, a Marp directive or a `//` comment: stays in the body. */
  | { readonly kind: 'keep' }
  /** `<!-- // briefing: {…} -->`: the slide's kind, sources and (title slide) deck metadata. */
  | { readonly kind: 'machine'; readonly json: string }
  /** `<!-- speaker_note: … -->` or any other comment: speaker notes. */
  | { readonly kind: 'note'; readonly text: string };

/** presenterm's comment commands (besides `speaker_note` and `end_slide`): layout, not notes. */
const PRESENTERM_COMMANDS = new Set([
  'pause',
  'jump_to_middle',
  'new_line',
  'newline',
  'new_lines',
  'newlines',
  'column_layout',
  'column',
  'reset_layout',
  'incremental_lists',
  'list_item_newlines',
  'no_footer',
  'skip_slide',
  'font_size',
  'alignment',
  'include',
  'snippet_output',
]);

/** Marp's directives (also with a leading `_`, scoped to one slide): settings, not notes. */
const MARP_DIRECTIVES = new Set([
  'theme',
  'style',
  'headingDivider',
  'lang',
  'size',
  'math',
  'title',
  'author',
  'description',
  'image',
  'keywords',
  'url',
  'marp',
  'paginate',
  'header',
  'footer',
  'class',
  'backgroundColor',
  'backgroundImage',
  'backgroundPosition',
  'backgroundRepeat',
  'backgroundSize',
  'color',
  'transition',
]);

const MACHINE_PREFIX = /^\/\/\s*briefing\s*:/;
const NAME = /^([A-Za-z_][A-Za-z0-9_]*)\s*(?::|$)/;

/**
 * The inner text of an HTML block that is exactly one comment, else undefined. A comment left
 * open runs to the end of the document, as marked reads it.
 */
export function commentBody(html: string): string | undefined {
  const text = html.trim();
  if (!text.startsWith('<!--')) return undefined;
  if (text === '<!-->' || text === '<!--->') return '';
  const close = text.indexOf('-->', 4);
  if (close < 0) return text.slice(4);
  return close === text.length - 3 ? text.slice(4, close) : undefined;
}

/** What the comment with inner text `body` does in a deck. */
export function classifyComment(body: string): DeckComment {
  const inner = body.trim();
  if (inner.startsWith('//')) {
    return MACHINE_PREFIX.test(inner) ? { kind: 'machine', json: inner.replace(MACHINE_PREFIX, '').trim() } : { kind: 'keep' };
  }
  const name = NAME.exec(inner)?.[1];
  if (name === 'end_slide' && inner === 'end_slide') return { kind: 'end-slide' };
  if (name === 'speaker_note') return { kind: 'note', text: noteValue(inner.slice(inner.indexOf(':') + 1)) };
  if (name !== undefined && (PRESENTERM_COMMANDS.has(name) || MARP_DIRECTIVES.has(name.replace(/^_/, '')))) {
    return { kind: 'keep' };
  }
  return { kind: 'note', text: inner };
}

/** A `speaker_note` value: a JSON string, a YAML block (`|`, `>`), or a plain value taken as it is. */
function noteValue(value: string): string {
  const firstBreak = value.indexOf('\n');
  const head = (firstBreak < 0 ? value : value.slice(0, firstBreak)).trim();
  if (/^[|>][+-]?$/.test(head)) return blockScalar(firstBreak < 0 ? '' : value.slice(firstBreak + 1), head[0] === '>');
  const plain = value.trim();
  if (plain.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(plain);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // Not JSON: presenterm would read it as YAML; show it as written.
    }
  }
  return plain;
}

/** A YAML block scalar's lines, without their common indentation; `>` folds them into one line. */
function blockScalar(block: string, folded: boolean): string {
  const lines = block.split('\n');
  let indent = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    indent = Math.min(indent, line.length - line.trimStart().length);
  }
  const body = lines.map((line) => (indent === Infinity ? line.trim() : line.slice(indent).trimEnd()));
  return body.join(folded ? ' ' : '\n').trim();
}
