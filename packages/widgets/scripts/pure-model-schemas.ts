import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

function containsCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) || ts.forEachChild(node, containsCall) === true;
}

/**
 * Wraps each module-level `const` initialiser that calls something in a pure IIFE:
 * `const X = /* @__PURE__ *\/ (() => z.object({ name: boundedText(TEXT_LIMITS.name) }))()`.
 * A bundler drops an unused one whole; annotating the outer call alone is not enough, because
 * its arguments (`boundedText(...)`, `TEXT_LIMITS.name`) would still count as effects.
 */
export function markSchemasPure(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits: { start: number; end: number }[] = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (init && containsCall(init)) edits.push({ start: init.getStart(file), end: init.end });
    }
  }
  let out = source;
  for (const { start, end } of edits.reverse()) {
    out = `${out.slice(0, start)}/* @__PURE__ */ (() => ${out.slice(start, end)})()${out.slice(end)}`;
  }
  return out;
}

/**
 * The model's schema modules also hold the vocabularies the widgets show (`SIGNATORY_KINDS`,
 * `COLLECTIVITY_TYPES`...), and a bundler must keep a module-level schema built with calls it
 * cannot prove pure, so one word list used to bring every schema of its module and zod with
 * them (about 11 KB gzip in the full bundle). Building a schema has no effect beyond its value
 * (the model registers none), so for the model's sources this marks each one pure: a schema
 * nothing uses is left out, one that is used stays whole. (Better done in the model's own
 * sources, as its `parsers.ts` already is; this covers its schema files until then.)
 */
export const pureModelSchemas: Plugin = {
  name: 'pure-model-schemas',
  setup(build) {
    build.onLoad({ filter: /[\\/]model[\\/]src[\\/].*\.ts$/ }, async ({ path }) => ({
      contents: markSchemasPure(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};
