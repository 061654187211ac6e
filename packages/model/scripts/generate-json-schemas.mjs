// Writes one JSON Schema (draft 2020-12) per public entity into dist/schemas/, from the built
// package, for consumers in other languages.
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { publicSchemas } from '../dist/index.js';

const out = new URL('../dist/schemas/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(publicSchemas)) {
  const json = toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io: 'input',
  });
  json.$id = `https://plateformcoop.org/schemas/${name}.json`;
  json.title = name;
  writeFileSync(new URL(`${name}.json`, out), `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`JSON Schemas: ${Object.keys(publicSchemas).length} written to dist/schemas/`);
