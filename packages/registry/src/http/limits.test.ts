import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.js';
import { registryOn, tokenIn } from '../test/test-registry.js';

for (const database of testDatabases()) {
  describe(`limits on ${database.name}`, () => {
    const t = registryOn(database, { rateLimitPerHour: 30 });

    it("lets a town hall's shared address sign 30 people in an hour, slows a flood, never others", async () => {
      const person = (i: number) =>
        t.example('individual', (b) => {
          b.signatory.individual.email = `agent-${i}@mairie.example.org`;
          b.signatory.individual.familyName = `Agent ${i}`;
        });
      for (let i = 0; i < 30; i++)
        expect((await t.sign(person(i), '203.0.113.7')).status).toBe(202);
      const flood = await t.sign(person(30), '203.0.113.7');
      expect(flood.status).toBe(429);
      expect(Number(flood.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await flood.json()) as { error: { code: string } }).error.code).toBe('rate.limited');
      expect((await t.sign(person(31), '198.51.100.9')).status).toBe(202);
    });

    it('sends no more than 3 mails a day to one address (the default), with the same answer to the form', async () => {
      const victim = 'victim@example.org';
      const answers = [];
      for (let i = 0; i < 5; i++) {
        const body = t.example('organization', (b) => {
          b.signatory.organization.name = `Association ${i}`;
          b.signatory.representative.email = victim;
        });
        answers.push(await t.sign(body, `192.0.2.${100 + i}`));
      }
      expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
      const shapes = await Promise.all(
        answers.map(async (r) => Object.keys((await r.json()) as object).join()),
      );
      expect(new Set(shapes).size).toBe(1);
      await t.registry.idle();
      expect(t.outbox.to(victim)).toHaveLength(3);
      t.clock.now = new Date(t.clock.now.getTime() + 25 * 3_600_000);
      const later = t.example('organization', (b) => {
        b.signatory.organization.name = 'Association du lendemain';
        b.signatory.representative.email = victim;
      });
      expect((await t.sign(later, '192.0.2.200')).status).toBe(202);
      await t.registry.idle();
      expect(t.outbox.to(victim)).toHaveLength(4);
    });
  });

  describe(`the daily mail cap on ${database.name}`, () => {
    const t = registryOn(database, { mailsPerAddressPerDay: 3 });

    it("counts only the mails a stranger can have sent to the address, not the owner's acknowledgements", async () => {
      const owner = 'owner@example.org';
      const signed = await t.sign(
        t.example('individual', (b) => {
          b.signatory.individual.email = owner;
        }),
        '192.0.2.50',
      );
      const { resendToken } = (await signed.json()) as { resendToken: string };
      await t.registry.idle();
      await t.post('/v1/resends', { token: resendToken }, { from: '192.0.2.50' });
      await t.registry.idle();
      // Two counted: the confirmation request and the one sent again.
      const requests = t.outbox.to(owner);
      expect(requests.map((m) => m.text.includes('/confirm?token='))).toEqual([true, true]);
      // The owner's own actions are acknowledged past them, and use none of the day's share.
      const confirmed = await t.post('/v1/confirmations', {
        token: tokenIn(requests[1], 'confirm'),
      });
      expect(await confirmed.json()).toMatchObject({ status: 'published', mailed: true });
      await t.registry.idle();
      const withdrawn = await t.post('/v1/withdrawals', {
        token: tokenIn(t.outbox.to(owner).at(-1), 'withdraw'),
      });
      expect(await withdrawn.json()).toMatchObject({ status: 'withdrawn', mailed: true });
      await t.registry.idle();
      expect(t.outbox.to(owner)).toHaveLength(4);
      // A stranger's two submissions with that address: the day's third counted mail, then none.
      for (const name of ['Association A', 'Association B']) {
        const body = t.example('organization', (b) => {
          b.signatory.organization.name = name;
          b.signatory.representative.email = owner;
        });
        expect((await t.sign(body, '198.51.100.60')).status).toBe(202);
      }
      await t.registry.idle();
      const mails = t.outbox.to(owner);
      expect(mails).toHaveLength(5);
      expect(mails.at(-1)!.text).toContain('Association A');
    });
  });
}

for (const database of testDatabases()) {
  describe(`limits shared by two processes on ${database.name}`, () => {
    const a = registryOn(database, { rateLimitPerHour: 10 });
    const b = registryOn({ ...database }, { rateLimitPerHour: 10 });

    it('gives an address its allowance once, not once per process', async () => {
      const person = (t: typeof a, i: number) =>
        t.example('individual', (body) => {
          body.signatory.individual.email = `shared-${i}@example.org`;
        });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const t = i % 2 ? a : b;
        const answer = await t.sign(person(t, i), '203.0.113.50');
        statuses.push(answer.status);
        if (answer.status === 429)
          expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      expect(statuses.filter((s) => s === 202)).toHaveLength(10);
      expect(statuses.slice(10)).toEqual([429, 429]);
      // Two registries writing one SQLite file wait on each other's locks (a shape only this test
      // runs: SQLite serves one process); on a loaded CI machine that took over 30 s once.
    }, 90_000);
  });
}
