// The house's rules, read from the sources' own imports: the parts of src/ import each other in one
// direction (no circle), only src/ui imports ink and react, only src/markdown imports marked, and only
// src/cli and src/bin.ts touch `process` or the file system.
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The parts of src/ from the top down, each with the parts it may import: always parts listed below
 * it, so no import can close a circle. A folder is a part; so is a file directly in src/.
 */
const LAYERS: readonly (readonly [part: string, mayImport: readonly string[]])[] = [
  ['bin', ['cli']],
  ['cli', ['ui', 'markdown', 'deck', 'analysis', 'page', 'article', 'input-error', 'text']],
  ['ui', ['markdown', 'deck', 'text']],
  ['markdown', ['deck', 'article', 'text']],
  ['deck', ['analysis', 'article']],
  ['analysis', ['article', 'text']],
  ['page', ['article', 'input-error']],
  ['article', ['input-error']],
  ['input-error', []],
  ['text', []],
];

/** Packages only one part may import: the one whose concept they serve. */
const PACKAGE_OWNERS: readonly { readonly pattern: RegExp; readonly parts: readonly string[]; readonly why: string }[] = [
  { pattern: /^(?:ink|react)(?:$|\/)|^ink-/, parts: ['ui'], why: 'only src/ui imports ink and react' },
  { pattern: /^marked$/, parts: ['markdown'], why: 'only src/markdown imports marked' },
  {
    pattern: /^(?:node:)?(?:fs|fs\/promises|child_process|net|http|https|tty|readline)$/,
    parts: ['cli', 'bin'],
    why: 'only src/cli and src/bin.ts do I/O',
  },
];

/** Parts that may use the `process` global. */
const PROCESS_PARTS: readonly string[] = ['cli', 'bin'];

/** What one source file uses: the modules it names and whether it touches `process`. */
interface FileFacts {
  /** The path from the repository root, with `/` (`src/ui/state/keymap.ts`). */
  readonly file: string;
  /** Every module specifier it imports or re-exports, statically, dynamically or in a type. */
  readonly imports: readonly string[];
  /** Whether it reads the `process` global. */
  readonly usesProcess: boolean;
}

/** The part of src/ a path belongs to: its first folder below src/, or a root file's name. */
function partOf(file: string): string {
  const [first, ...rest] = posix.relative('src', file).split('/');
  return rest.length === 0 ? (first ?? '').replace(/\.tsx?$/, '') : (first ?? '');
}

/** The modules a source names and whether it reads `process`, from its syntax tree (comments and strings do not count). */
function factsOf(file: string, source: string): FileFacts {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const imports: string[] = [];
  let usesProcess = false;
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
      imports.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [specifier] = node.arguments;
      if (specifier !== undefined && ts.isStringLiteralLike(specifier)) imports.push(specifier.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      imports.push(node.argument.literal.text);
    } else if (ts.isIdentifier(node) && node.text === 'process' && readsGlobal(node)) {
      usesProcess = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return { file, imports, usesProcess };
}

/** Whether an identifier `process` reads the global: not a property name (`x.process`, `{ process: … }`) nor a declaration. */
function readsGlobal(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return ts.isIdentifier(parent.expression) && parent.expression.text === 'globalThis';
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) {
    return false;
  }
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent)) && parent.name === node) return false;
  return !ts.isQualifiedName(parent);
}

/** Every rule the facts break, one line each; empty when the house is in order. */
function violations(facts: readonly FileFacts[]): string[] {
  const mayImport = new Map(LAYERS.map(([part, parts]) => [part, new Set(parts)]));
  const found: string[] = [];
  for (const { file, imports, usesProcess } of facts) {
    const part = partOf(file);
    const allowed = mayImport.get(part);
    if (allowed === undefined) found.push(`${file}: src/${part} is not in LAYERS; place it there`);
    for (const specifier of imports) {
      if (specifier.startsWith('.')) {
        const target = partOf(posix.join(posix.dirname(file), specifier));
        if (target !== part && allowed !== undefined && !allowed.has(target)) found.push(`${file}: ${part} may not import ${target} (${specifier})`);
      } else {
        for (const owner of PACKAGE_OWNERS) {
          if (owner.pattern.test(specifier) && !owner.parts.includes(part)) found.push(`${file}: imports ${specifier}, but ${owner.why}`);
        }
      }
    }
    if (usesProcess && !PROCESS_PARTS.includes(part)) found.push(`${file}: uses process, but only src/cli and src/bin.ts do`);
  }
  return found;
}

let sourceFactsRead: FileFacts[] | undefined;

/** The facts of every TypeScript file under src/ (read once). */
function sourceFacts(): FileFacts[] {
  const root = new URL('../src/', import.meta.url);
  return (sourceFactsRead ??= readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .sort()
    .map((name) => factsOf(posix.join('src', name.split('\\').join('/')), readFileSync(new URL(name, root), 'utf8'))));
}

describe('the folder graph of src/', () => {
  it('runs one way: every part may import only parts listed below it, and each part is listed once', () => {
    const order = LAYERS.map(([part]) => part);
    expect(new Set(order).size).toBe(order.length);
    for (const [i, [part, parts]] of LAYERS.entries()) {
      for (const target of parts) expect(order.indexOf(target), `${part} -> ${target}`).toBeGreaterThan(i);
    }
  });

  it('places every folder and root file of src/', () => {
    const parts = new Set(sourceFacts().map((facts) => partOf(facts.file)));
    expect([...parts].filter((part) => !LAYERS.some(([listed]) => listed === part))).toEqual([]);
  });

  it('is what the sources import: no edge against the layers, ink/react only in ui, marked only in markdown, I/O and process only in cli', () => {
    const facts = sourceFacts();
    expect(facts.length).toBeGreaterThan(100);
    expect(violations(facts)).toEqual([]);
  });

  it('keeps ink and react inside src/ui/ink: the state, the frames and the terminal code run without them', () => {
    const outside = sourceFacts().filter((f) => f.file.startsWith('src/ui/') && !f.file.startsWith('src/ui/ink/') && f.imports.some((i) => /^(?:ink|react)(?:$|\/)/.test(i)));
    expect(outside.map((f) => f.file)).toEqual([]);
    expect(sourceFacts().filter((f) => f.file.startsWith('src/ui/ink/') && f.imports.includes('ink')).length).toBeGreaterThan(3);
  });

  it('sees the imports that are there: static, dynamic and type imports, and process in bin and cli', () => {
    const facts = new Map(sourceFacts().map((f) => [f.file, f]));
    expect(facts.get('src/bin.ts')?.imports).toContain('./cli/main');
    expect(facts.get('src/bin.ts')?.usesProcess).toBe(true);
    expect(facts.get('src/cli/present.ts')?.imports).toContain('../ui/ink/run-presenter');
    expect(facts.get('src/markdown/marked-blocks.ts')?.imports).toContain('marked');
    expect(facts.get('src/ui/ink/Presenter.tsx')?.imports).toContain('ink');
    // The presenter's header says it "knows nothing of process": a comment is no use of it.
    expect(facts.get('src/ui/ink/Presenter.tsx')?.usesProcess).toBe(false);
  });
});

describe('the checker', () => {
  const source = (file: string, text: string) => factsOf(file, text);

  it('reads every form of import, and process only where it is the global', () => {
    const facts = source(
      'src/deck/x.ts',
      [
        "import a from './a';",
        "import type { B } from '../markdown/b';",
        "export { c } from '../ui/c';",
        "export * from 'marked';",
        "const d = await import('../cli/d');",
        "let e: typeof import('../page/e').e;",
        '// process.exit(1) in a comment',
        "const f = 'process.env';",
        'const g = { process: 1 }; g.process;',
      ].join('\n'),
    );
    expect(facts.imports).toEqual(['./a', '../markdown/b', '../ui/c', 'marked', '../cli/d', '../page/e']);
    expect(facts.usesProcess).toBe(false);
    expect(source('src/deck/y.ts', 'export const y = process.env.HOME;').usesProcess).toBe(true);
    expect(source('src/deck/y.ts', 'export const y = globalThis.process;').usesProcess).toBe(true);
    expect(source('src/deck/y.ts', 'export function y(p = process) { return p; }').usesProcess).toBe(true);
  });

  it('catches an edge against the layers, a circle, and packages or process in the wrong part', () => {
    expect(
      violations([
        { file: 'src/text/layout-blocks.ts', imports: ['../markdown/blocks', './pad'], usesProcess: false },
        { file: 'src/deck/compose.ts', imports: ['../markdown/escape', '../analysis/analysis'], usesProcess: false },
        { file: 'src/analysis/analyze.ts', imports: ['node:fs', 'react'], usesProcess: true },
        { file: 'src/ui/Presenter.tsx', imports: ['marked', 'ink', '../article/article'], usesProcess: false },
        { file: 'src/input-error.ts', imports: ['./cli/main'], usesProcess: false },
        { file: 'src/extra/thing.ts', imports: [], usesProcess: false },
      ]),
    ).toEqual([
      'src/text/layout-blocks.ts: text may not import markdown (../markdown/blocks)',
      'src/deck/compose.ts: deck may not import markdown (../markdown/escape)',
      'src/analysis/analyze.ts: imports node:fs, but only src/cli and src/bin.ts do I/O',
      'src/analysis/analyze.ts: imports react, but only src/ui imports ink and react',
      'src/analysis/analyze.ts: uses process, but only src/cli and src/bin.ts do',
      'src/ui/Presenter.tsx: imports marked, but only src/markdown imports marked',
      'src/ui/Presenter.tsx: ui may not import article (../article/article)',
      'src/input-error.ts: input-error may not import cli (./cli/main)',
      'src/extra/thing.ts: src/extra is not in LAYERS; place it there',
    ]);
  });

  it('lets the edge import what it needs', () => {
    expect(
      violations([
        { file: 'src/cli/main.ts', imports: ['node:fs/promises', 'yargs', '../ui/run-presenter', '../analysis/analyze', './stdout'], usesProcess: true },
        { file: 'src/bin.ts', imports: ['./cli/main', 'node:v8'], usesProcess: true },
        { file: 'src/ui/run-presenter.tsx', imports: ['ink', 'react', 'react/jsx-runtime', '../text/styled-line'], usesProcess: false },
      ]),
    ).toEqual([]);
  });
});
