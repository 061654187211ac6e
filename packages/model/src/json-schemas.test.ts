import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  exampleSubmissions,
  plateformcoop2023,
  platforms,
  publicSchemas,
  toPublicSignatory,
} from './index.js';
import { storedSignature } from './test-support/stored-signature.js';

// The published JSON Schemas, read from the build as a consumer in another language would.
const dir = new URL('../dist/schemas/', import.meta.url);
const load = (name: string) => JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validator = (name: string) =>
  ajv.getSchema(`https://plateformcoop.org/schemas/${name}.json`) ?? ajv.compile(load(name));

describe('generated JSON Schemas', () => {
  it('exist for every public entity, as draft 2020-12 with an $id', () => {
    const files = readdirSync(dir).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(publicSchemas).sort());
    for (const name of files) {
      const schema = load(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`https://plateformcoop.org/schemas/${name}.json`);
    }
  });

  it('accept what the zod schemas accept', () => {
    const submission = validator('SignatureSubmission');
    for (const s of Object.values(exampleSubmissions))
      expect(submission(s), JSON.stringify(submission.errors)).toBe(true);
    expect(validator('Manifesto')(plateformcoop2023), 'schema accepts it').toBe(true);
    for (const p of platforms) expect(validator('Platform')(p), p.slug).toBe(true);
    const pub = toPublicSignatory(storedSignature(Object.values(exampleSubmissions)[0]!));
    expect(validator('PublicSignatory')(pub), 'schema accepts it').toBe(true);
  });

  it('validate manifesto definition files: the hash may be left out, a misspelt field may not', () => {
    const definition = validator('ManifestoDefinition');
    const { contentHash: _, ...withoutHash } = plateformcoop2023;
    expect(definition(withoutHash), JSON.stringify(definition.errors)).toBe(true);
    expect(definition({ ...plateformcoop2023, closesOn: '2027-06-30', goal: 500 })).toBe(true);
    expect(definition({ ...plateformcoop2023, closesOm: '2027-06-30' })).toBe(false);
    expect(definition({ ...plateformcoop2023, opensOn: 'soon' })).toBe(false);
  });

  it('reject what the zod schemas reject', () => {
    const submission = validator('SignatureSubmission');
    const [s] = Object.values(exampleSubmissions);
    expect(
      submission({ ...s, consents: { sign: false, publicDisplay: true, contact: true } }),
    ).toBe(false);
    expect(submission({ ...s, locale: 'de' })).toBe(false);
    const pub = toPublicSignatory(storedSignature(Object.values(exampleSubmissions)[0]!));
    expect(validator('PublicSignatory')({ ...pub, email: 'a@b.fr' })).toBe(false);
  });
});
