// Reads one source file with the TypeScript compiler's parser (no type
// checking): its relative imports, whether each is type-only, and its Kysely
// query-builder calls.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** The string between the quotes. */
  readonly specifier: string;
  readonly kind: 'import' | 're-export' | 'dynamic' | 'type-query';
  /** `import type`, `export type … from`, every named element `type`, or `typeof import('…')`. */
  readonly typeOnly: boolean;
  readonly line: number;
}

export interface SqlCall {
  /** `.selectFrom(`, … or `sql\``. */
  readonly what: string;
  readonly line: number;
}

export interface ParsedSource {
  readonly imports: readonly ImportEdge[];
  readonly sqlCalls: readonly SqlCall[];
  readonly lineCount: number;
}

/** Kysely methods that start a statement. */
export const queryBuilderMethods = [
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'replaceInto',
  'mergeInto',
];

export function lineCountOf(text: string): number {
  if (text === '') return 0;
  const lines = text.split(/\r?\n/).length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

export function parseSource(fileName: string, text: string): ParsedSource {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
  const imports: ImportEdge[] = [];
  const sqlCalls: SqlCall[] = [];
  const lineOf = (node: ts.Node): number =>
    source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamedAreTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      imports.push({
        specifier: node.moduleSpecifier.text,
        kind: 'import',
        typeOnly: (clause?.isTypeOnly ?? false) || allNamedAreTypes,
        line: lineOf(node),
      });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const allNamedAreTypes =
        clause !== undefined &&
        ts.isNamedExports(clause) &&
        clause.elements.length > 0 &&
        clause.elements.every((element) => element.isTypeOnly);
      imports.push({
        specifier: node.moduleSpecifier.text,
        kind: 're-export',
        typeOnly: node.isTypeOnly || allNamedAreTypes,
        line: lineOf(node),
      });
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      imports.push({
        specifier: node.moduleReference.expression.text,
        kind: 'import',
        typeOnly: node.isTypeOnly,
        line: lineOf(node),
      });
    } else if (ts.isCallExpression(node)) {
      const [argument] = node.arguments;
      if (
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        argument &&
        ts.isStringLiteralLike(argument)
      ) {
        imports.push({ specifier: argument.text, kind: 'dynamic', typeOnly: false, line: lineOf(node) });
      } else if (
        ts.isPropertyAccessExpression(node.expression) &&
        queryBuilderMethods.includes(node.expression.name.text)
      ) {
        sqlCalls.push({ what: `.${node.expression.name.text}(`, line: lineOf(node.expression.name) });
      }
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      imports.push({
        specifier: node.argument.literal.text,
        kind: 'type-query',
        typeOnly: true,
        line: lineOf(node),
      });
    } else if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'sql') {
      sqlCalls.push({ what: 'sql`', line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  return { imports, sqlCalls, lineCount: lineCountOf(text) };
}

const candidateSuffixes = ['', '.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/**
 * The file a relative specifier names, as bundler resolution finds it
 * (extensionless, `.js` written for `.ts`, or a folder's index), or null for
 * a package or a file that does not exist.
 */
export function resolveRelative(
  fromFile: string,
  specifier: string,
  exists: (path: string) => boolean = isFile,
): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), specifier);
  const bases = /\.(c|m)?js$/.test(base) ? [base.replace(/\.(c|m)?js$/, ''), base] : [base];
  for (const stem of bases) {
    for (const suffix of candidateSuffixes) {
      const candidate = suffix.startsWith('/') ? join(stem, suffix.slice(1)) : stem + suffix;
      if (exists(candidate)) return candidate;
    }
  }
  return null;
}
