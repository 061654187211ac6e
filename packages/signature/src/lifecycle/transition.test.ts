import { SIGNATURE_STATUSES, type SignatoryKind, type SignatureStatus } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import { allowedEvents, SIGNATURE_EVENTS, type SignatureEvent, transition } from './transition.js';

const at = new Date('2026-11-28T12:00:00Z');
const stamp = at.toISOString();
const signature = (status: SignatureStatus, kind: SignatoryKind = 'platform') => ({
  id: 'sig_1',
  status,
  signatory: { kind },
  createdAt: '2026-11-27T12:00:00.000Z',
});

describe('transition', () => {
  it('publishes a platform as soon as it confirms', () => {
    expect(transition(signature('pending_confirmation'), 'confirm', { at })).toEqual({
      ok: true,
      signature: { ...signature('published'), confirmedAt: stamp, publishedAt: stamp },
    });
  });

  it('holds a collectivity for moderation once it confirms, then publishes it', () => {
    const confirmed = transition(signature('pending_confirmation', 'collectivity'), 'confirm', {
      at,
    });
    expect(confirmed).toEqual({
      ok: true,
      signature: { ...signature('confirmed', 'collectivity'), confirmedAt: stamp },
    });
    if (!confirmed.ok) return;
    const published = transition(confirmed.signature, 'publish', { at });
    expect(published.ok && published.signature).toMatchObject({
      status: 'published',
      confirmedAt: stamp,
      publishedAt: stamp,
    });
  });

  it('follows the policy given', () => {
    const everyone = {
      moderatedKinds: ['collectivity', 'platform', 'organization', 'individual'] as const,
    };
    const nobody = { moderatedKinds: [] };
    const platform = transition(signature('pending_confirmation'), 'confirm', { policy: everyone });
    expect(platform.ok && platform.signature.status).toBe('confirmed');
    const commune = transition(signature('pending_confirmation', 'collectivity'), 'confirm', {
      policy: nobody,
    });
    expect(commune.ok && commune.signature.status).toBe('published');
  });

  it('does not change the signature it is given', () => {
    const before = signature('pending_confirmation');
    transition(before, 'confirm', { at });
    expect(before).toEqual(signature('pending_confirmation'));
  });

  const expected: Record<SignatureStatus, Partial<Record<SignatureEvent, SignatureStatus>>> = {
    pending_confirmation: { confirm: 'confirmed', expire: 'expired', withdraw: 'withdrawn' },
    confirmed: { publish: 'published', reject: 'rejected', withdraw: 'withdrawn' },
    published: { reject: 'rejected', withdraw: 'withdrawn' },
    rejected: {},
    withdrawn: {},
    expired: {},
  };

  for (const from of SIGNATURE_STATUSES) {
    for (const event of SIGNATURE_EVENTS) {
      const to = expected[from][event];
      it(`${from} --${event}--> ${to ?? 'refused'}`, () => {
        const result = transition(signature(from, 'collectivity'), event, { at });
        if (to) {
          expect(result.ok && result.signature.status).toBe(to);
          const stampField = `${to === 'withdrawn' ? 'withdrawn' : to === 'expired' ? 'expired' : to}At`;
          expect(result.ok && (result.signature as Record<string, unknown>)[stampField]).toBe(
            stamp,
          );
        } else {
          expect(result).toEqual({ ok: false, code: 'transition.forbidden', from, event });
        }
      });
    }
  }

  it('refuses an unknown event or status rather than doing nothing', () => {
    expect(transition(signature('published'), 'delete' as SignatureEvent).ok).toBe(false);
    expect(transition(signature('archived' as SignatureStatus), 'publish').ok).toBe(false);
  });
});

describe('allowedEvents', () => {
  it('lists what a moderation screen may offer', () => {
    expect(allowedEvents('confirmed').sort()).toEqual(['publish', 'reject', 'withdraw']);
    expect(allowedEvents('withdrawn')).toEqual([]);
  });
});
