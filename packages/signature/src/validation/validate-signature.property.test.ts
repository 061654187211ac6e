import { plateformcoop2023, SignatureSubmission } from '@plateformcoop/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commune, copy, individual, validSubmissions } from '../test-support/examples.js';
import { validateField } from './validate-field.js';
import { validateSignature } from './validate-signature.js';

const manifesto = plateformcoop2023;
const options = { manifesto };

/** Plausible-looking values for each leaf, so that the fuzzing reaches deep rules. */
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '__proto__',
    'constructor',
    '215903501',
    '59350',
    '2A004',
    'commune',
    'maire',
    true,
    false,
  ),
);

/** A valid submission with random values put at random places. */
const mutatedSubmission = fc
  .tuple(
    fc.constantFrom(...Object.values(validSubmissions)),
    fc.array(
      fc.tuple(
        fc.array(
          fc.constantFrom(
            'signatory',
            'collectivity',
            'platform',
            'representative',
            'individual',
            'organization',
            'name',
            'siren',
            'inseeCode',
            'email',
            'website',
            'kind',
            'type',
            'role',
            'consents',
            'sign',
            'commitments',
            'software',
            '__proto__',
            'constructor',
          ),
          { minLength: 1, maxLength: 4 },
        ),
        leaf,
      ),
      { maxLength: 4 },
    ),
  )
  .map(([base, edits]) => {
    const value = copy(base) as Record<string, unknown>;
    for (const [path, v] of edits) {
      let node: Record<string, unknown> = value;
      for (const key of path.slice(0, -1)) {
        const next = Object.hasOwn(node, key) ? node[key] : undefined;
        if (typeof next !== 'object' || next === null) break;
        node = next as Record<string, unknown>;
      }
      Object.defineProperty(node, path.at(-1)!, {
        value: v,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
    return value;
  });

function expectWellFormed(result: ReturnType<typeof validateSignature>) {
  // What the rules accept, the model's schema accepts too: it has the last word on the shape.
  if (result.ok) {
    expect(SignatureSubmission.safeParse(result.value).error?.issues).toBeUndefined();
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

describe('validateSignature never throws', () => {
  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expectWellFormed(validateSignature(input, options));
      }),
      { numRuns: 500 },
    );
  });

  it('on valid submissions with random values in random places, __proto__ included', () => {
    fc.assert(
      fc.property(mutatedSubmission, (input) => {
        expectWellFormed(validateSignature(input, options));
        expectWellFormed(validateSignature(input, { ...options, unknownFields: 'strip' }));
        // And what is valid once stays valid when its own output is validated again.
        const result = validateSignature(input, options);
        if (result.ok) expect(validateSignature(result.value, options)).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('on objects parsed from JSON with prototype keys', () => {
    const hostile = JSON.parse(
      '{"__proto__":{"ok":true},"constructor":{"prototype":{"polluted":1}},"signatory":{"__proto__":{"kind":"individual"},"kind":"individual","individual":{"__proto__":{"email":"x@y.fr"}}}}',
    );
    const result = validateSignature(hostile, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => `${issue.path} ${issue.code}`)).toContain(
      '__proto__ field.unknown',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).ok).toBeUndefined();
    expect(!result.ok && result.issues.map((issue) => issue.path)).toContain(
      'signatory.individual.email',
    );
  });

  it('on huge strings', () => {
    const huge = 'a'.repeat(5_000_000);
    const submission = copy(commune) as {
      signatory: { collectivity: Record<string, unknown>; representative: Record<string, unknown> };
    };
    submission.signatory.collectivity.name = huge;
    submission.signatory.collectivity.siren = huge;
    submission.signatory.representative.email = `${huge}@example.org`;
    const result = validateSignature(submission, options);
    expect(!result.ok && result.issues.map((issue) => issue.code)).toEqual([
      'text.too_long',
      'siren.format',
      'email.invalid',
    ]);
  });

  it('on deep nesting', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { signatory: deep, collectivity: [deep] };
    expectWellFormed(validateSignature(deep, options));
    const submission = copy(commune) as Record<string, unknown>;
    submission.consents = deep;
    expectWellFormed(validateSignature(submission, options));
  });

  it('on objects that are not plain data', () => {
    const throwing = Object.defineProperty({}, 'signatory', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const input of [
      new Date(),
      new Map(),
      () => 1,
      Symbol('x'),
      10n,
      throwing,
      Object.create(null),
    ]) {
      expectWellFormed(validateSignature(input, options));
    }
  });
});

describe('validateSignature with odd options from JavaScript callers', () => {
  it('speaks French for a language it does not know, and never fails for it', () => {
    for (const locale of ['de', '__proto__', 'constructor', '']) {
      const withoutLocale = { ...individual, locale: undefined };
      const result = validateSignature(withoutLocale, { manifesto, locale: locale as 'fr' });
      expect(result.ok && result.value.locale).toBe('fr');
      const bad = validateSignature(
        { ...individual, consents: {} },
        { manifesto, locale: locale as 'fr' },
      );
      expect(!bad.ok && bad.issues[0]!.message).toBe('Cochez la case pour signer le manifeste.');
    }
  });
});

describe('a valid submission', () => {
  it('stays valid, and the same, after a JSON round trip', () => {
    fc.assert(
      fc.property(mutatedSubmission, (input) => {
        const result = validateSignature(input, options);
        if (!result.ok) return;
        const again = validateSignature(JSON.parse(JSON.stringify(result.value)), options);
        expect(again).toEqual(result);
      }),
      { numRuns: 500 },
    );
    for (const submission of Object.values(validSubmissions)) {
      const result = validateSignature(JSON.parse(JSON.stringify(submission)), options);
      expect(result.ok).toBe(true);
      expectWellFormed(result);
    }
  });
});

describe('validateField never throws', () => {
  it('on any path and value', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(
            'signatory.collectivity.siren',
            'commitments',
            'consents.sign',
            'signatory.kind',
            '__proto__.x',
            'signatory.__proto__',
          ),
        ),
        fc.jsonValue(),
        (path, value) => {
          const result = validateField(path, value, { manifesto, submission: commune });
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
