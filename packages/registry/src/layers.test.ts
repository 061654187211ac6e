import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The registry's layers, lowest first: a module may import from its own layer and those below,
// never from one above (the architecture's "http -> workflows -> store, never back up").
const LAYERS: { name: string; holds: (path: string) => boolean }[] = [
  {
    name: 'base (configuration, official lists, keys, logs and metrics, domain errors)',
    holds: (p) =>
      /^(config|geo|keys|observability)\//.test(p) || ['version.ts', 'domain-error.ts'].includes(p),
  },
  { name: 'store', holds: (p) => p.startsWith('store/') },
  { name: 'mail', holds: (p) => p.startsWith('mail/') },
  {
    name: 'workflows and read models',
    holds: (p) =>
      /^(signatures|admin|privacy|platforms|counter|exports)\//.test(p) ||
      p === 'registry-context.ts',
  },
  { name: 'http', holds: (p) => p.startsWith('http/') },
  {
    name: 'composition (registry, server, CLI)',
    holds: (p) =>
      p.startsWith('cli/') || ['registry.ts', 'serve.ts', 'cli.ts', 'index.ts'].includes(p),
  },
];

/** The layer of a module (a path relative to `src/`); tests and their fixtures stand outside. */
function layerOf(path: string): number | undefined {
  if (/\.test\.ts$/.test(path) || path.startsWith('test/')) return undefined;
  const index = LAYERS.findIndex((layer) => layer.holds(path));
  if (index < 0) throw new Error(`${path} belongs to no layer: place it in one`);
  return index;
}

/** Every import that runs from a lower layer to a higher one, as `from -> to (layer names)`. */
function importsUpward(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const upward: string[] = [];
  for (const [from, imports] of graph) {
    const source = layerOf(from);
    if (source === undefined) continue;
    for (const to of imports) {
      const target = layerOf(to);
      if (target !== undefined && target > source)
        upward.push(`${from} -> ${to} (${LAYERS[source]!.name} -> ${LAYERS[target]!.name})`);
    }
  }
  return upward;
}

const src = dirname(fileURLToPath(import.meta.url));

function modulesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? modulesUnder(join(folder, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(folder, entry.name)]
        : [],
  );
}

/** The registry's own imports, module by module (`import type` included), read by TypeScript. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of modulesUnder(src)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    graph.set(
      relative(src, file),
      importedFiles
        .map((i) => i.fileName)
        .filter((name) => name.startsWith('.'))
        .map((name) => relative(src, join(dirname(file), name)).replace(/\.js$/, '.ts'))
        .filter((path) => !path.startsWith('..')),
    );
  }
  return graph;
}

describe("the registry's layers", () => {
  it('reads the imports of every module', () => {
    const graph = importGraph();
    expect(graph.get('http/app.ts')).toContain('http/route-table.ts');
    expect(graph.get('signatures/token-actions.ts')).toContain('signatures/status-change.ts');
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no import from a lower layer to a higher one', () => {
    expect(importsUpward(importGraph())).toEqual([]);
  });

  it('names an import that runs up a layer', () => {
    const graph = new Map([
      ['store/store.ts', ['store/schema.ts', 'admin/moderation-item.ts']],
      ['signatures/submit-signature.ts', ['http/error-status.ts', 'mail/messages.ts']],
      ['mail/messages.ts', ['signatures/contact.ts']],
      ['http/app.ts', ['store/store.ts', 'registry.ts']],
    ]);
    expect(importsUpward(graph)).toEqual([
      'store/store.ts -> admin/moderation-item.ts (store -> workflows and read models)',
      'signatures/submit-signature.ts -> http/error-status.ts (workflows and read models -> http)',
      'mail/messages.ts -> signatures/contact.ts (mail -> workflows and read models)',
      'http/app.ts -> registry.ts (http -> composition (registry, server, CLI))',
    ]);
  });
});
