import { plateformcoop2023 } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import type * as Source from '../src/index.js';
import { commune } from '../src/test-support/examples.js';

// Typed as the source, loaded from dist (so that type-checking does not wait for the build).
const packageName: string = '@plateformcoop/signature';
const built = (await import(packageName)) as typeof Source;

// The shipped build, one module per file: its imports must resolve as consumers resolve them.
describe('the built package (dist)', () => {
  it('validates, keys and signs as the source does', async () => {
    const result = built.validateSignature(commune, { manifesto: plateformcoop2023 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(built.signatureKey(result.value)).toBe('insee:59350');
    const secret = 'built-package-secret-0123456789abcdef';
    const token = await built.createToken({
      secret,
      purpose: 'confirm',
      signatureId: 's',
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect((await built.verifyToken(token, { secret, purpose: 'confirm' })).ok).toBe(true);
    expect(built.messageFor('consent.required', 'en')).toBe('Tick the box to sign the manifesto.');
  });

  it('serves each area of the catalogue alone, by the messages/* subpath', async () => {
    const area: string = '@plateformcoop/signature/messages/en/widget-counter';
    const { widgetCounterWords } = (await import(
      area
    )) as typeof import('../src/messages/en/widget-counter.js');
    expect(widgetCounterWords['widget.counter.goal']).toBe('Goal: {goal}');
    expect(built.messageFor('widget.counter.goal', 'en')).toBe('Goal: {goal}');
  });
});
