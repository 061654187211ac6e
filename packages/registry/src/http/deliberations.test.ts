import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.js';
import { ADMIN_TOKEN, MANIFESTO, registryOn, tokenIn } from '../test/test-registry.js';

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const EXAMPLES = join(new URL('../../examples/manifestos/', import.meta.url).pathname);
const CHARTER = 'charte-plateformes-en-communs-2026';

/** A commune of the official list whose council deliberated (fictional people and references). */
const commune = (name: string, inseeCode: string, departementCode: string) => ({
  kind: 'collectivity',
  collectivity: { type: 'commune', name, inseeCode, departementCode },
  representative: { givenName: 'Dominique', familyName: 'Exemple', role: 'maire' },
});

interface Listed {
  id: string;
  name?: string;
  deliberation?: { date: string; reference: string; url?: string };
  manifestoHash?: string;
  representative?: { name: string };
}

for (const database of testDatabases()) {
  describe(`signatures recorded from a deliberation on ${database.name}`, () => {
    const t = registryOn(database, { manifestosDir: EXAMPLES });
    const path = (id: string) => `/v1/admin/manifestos/${id}/offline-signatures`;
    const record = (id: string, body: unknown) => t.post(path(id), body, { headers: admin });
    const counter = async (id: string) =>
      (await (await t.request(`/v1/manifestos/${id}/counter`)).json()) as {
        total: number;
        byKind: Record<string, number>;
      };
    const listed = async (id: string) =>
      (
        (await (await t.request(`/v1/manifestos/${id}/signatories?limit=100`)).json()) as {
          items: Listed[];
        }
      ).items;

    it('publishes and counts it at once; its listing carries the deliberation; the audit log names the moderator', async () => {
      const before = await counter(MANIFESTO);
      const answer = await record(MANIFESTO, {
        signatory: commune('Roubaix', '59512', '59'),
        commitments: ['sensibiliser-elus-et-agents'],
        deliberation: {
          date: '2023-11-20',
          reference: 'DEL-2023-114',
          url: 'https://deliberations.example/roubaix/2023-114',
        },
      });
      expect(answer.status).toBe(201);
      const { id, status, mailed } = (await answer.json()) as {
        id: string;
        status: string;
        mailed: boolean;
      };
      expect(status).toBe('published');
      expect(mailed).toBe(false); // no address given, no mail
      const after = await counter(MANIFESTO);
      expect(after.total).toBe(before.total + 1);
      expect(after.byKind.collectivity).toBe((before.byKind.collectivity ?? 0) + 1);
      const item = (await listed(MANIFESTO)).find((i) => i.id === id);
      expect(item).toMatchObject({
        name: 'Roubaix',
        deliberation: {
          date: '2023-11-20',
          reference: 'DEL-2023-114',
          url: 'https://deliberations.example/roubaix/2023-114',
        },
        manifestoHash: expect.stringMatching(/^sha256:/),
        representative: { name: 'Dominique Exemple' },
      });
      expect(JSON.stringify(item)).not.toContain('@');

      const detail = (await (
        await t.request(`/v1/admin/signatures/${id}`, { headers: admin })
      ).json()) as { history: { to: string; actorKind: string; actor: string; reason: string }[] };
      expect(detail.history).toEqual([
        expect.objectContaining({
          to: 'published',
          actorKind: 'moderator',
          actor: 'admin',
          reason: 'deliberation 2023-11-20 DEL-2023-114',
        }),
      ]);

      // The same commune twice: 409, nothing more counted.
      const again = await record(MANIFESTO, {
        signatory: commune('Roubaix', '59512', '59'),
        commitments: [],
        deliberation: { date: '2023-12-01', reference: 'DEL-2023-120' },
      });
      expect(again.status).toBe(409);
      expect(await again.json()).toMatchObject({ error: { code: 'signature.duplicate' } });
      expect((await counter(MANIFESTO)).total).toBe(after.total);
    });

    it('mails the withdrawal link to a contact address when one is given, and the link withdraws it', async () => {
      const before = await counter(MANIFESTO);
      const signatory = commune('Arras', '62041', '62');
      const answer = await record(MANIFESTO, {
        signatory: {
          ...signatory,
          representative: { ...signatory.representative, email: 'secretariat@arras.example' },
        },
        commitments: [],
        deliberation: { date: '2023-11-27', reference: '2023-DCM-88' },
      });
      expect(answer.status).toBe(201);
      expect(await answer.json()).toMatchObject({ status: 'published', mailed: true });
      await t.registry.idle();
      const withdraw = tokenIn(t.outbox.to('secretariat@arras.example').at(-1), 'withdraw');
      expect((await counter(MANIFESTO)).total).toBe(before.total + 1);
      const withdrawn = await t.post('/v1/withdrawals', { token: withdraw });
      expect(await withdrawn.json()).toMatchObject({ status: 'withdrawn' });
      expect((await counter(MANIFESTO)).total).toBe(before.total);
    });

    it('counts it on its own manifesto, and records a board’s decision for an organisation', async () => {
      const before = { charter: await counter(CHARTER), reference: await counter(MANIFESTO) };
      const answer = await record(CHARTER, {
        signatory: {
          kind: 'organization',
          organization: { type: 'association', name: 'Réseau des Communs Exemple' },
          representative: { givenName: 'Alex', familyName: 'Exemple', role: 'president' },
        },
        commitments: ['associer-les-usagers'],
        deliberation: { date: '2026-02-03', reference: 'CA-2026-02' },
      });
      expect(answer.status, await answer.clone().text()).toBe(201);
      expect((await counter(CHARTER)).total).toBe(before.charter.total + 1);
      expect((await counter(MANIFESTO)).total).toBe(before.reference.total);
      expect((await listed(CHARTER))[0]).toMatchObject({
        name: 'Réseau des Communs Exemple',
        deliberation: { date: '2026-02-03', reference: 'CA-2026-02' },
      });
    });

    it('refuses, with the fields at fault, a wrong deliberation, an unknown commune, a citizen', async () => {
      const bad = await record(MANIFESTO, {
        signatory: commune('Tourcoing', '59599', '59'),
        commitments: [],
        deliberation: { date: '20/11/2023' },
      });
      expect(bad.status).toBe(422);
      const { error } = (await bad.json()) as {
        error: { code: string; issues: { path: string; code: string }[] };
      };
      expect(error.code).toBe('submission.invalid');
      expect(error.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'deliberation.date', code: 'field.invalid' }),
          expect.objectContaining({ path: 'deliberation.reference', code: 'field.required' }),
        ]),
      );
      const unknown = await record(MANIFESTO, {
        signatory: commune('Nulle-Part', '59999', '59'),
        commitments: [],
        deliberation: { date: '2023-11-20', reference: 'X-1' },
      });
      expect(unknown.status).toBe(422);
      expect(JSON.stringify(await unknown.json())).toContain('collectivity.not_found');
      const citizen = await record(MANIFESTO, {
        signatory: {
          kind: 'individual',
          individual: { givenName: 'Sacha', familyName: 'Exemple', email: 'sacha@example.org' },
        },
        commitments: [],
        deliberation: { date: '2023-11-20', reference: 'X-2' },
      });
      expect(citizen.status).toBe(422);
      expect(JSON.stringify(await citizen.json())).toContain('kind.not_accepted');
      const extra = await record(MANIFESTO, {
        signatory: commune('Tourcoing', '59599', '59'),
        commitments: [],
        deliberation: { date: '2023-11-20', reference: 'X-3' },
        status: 'published',
      });
      expect(extra.status).toBe(422);
      expect((await record('inconnu', {})).status).toBe(404);
    });

    it('is for moderators only', async () => {
      const body = {
        signatory: commune('Tourcoing', '59599', '59'),
        commitments: [],
        deliberation: { date: '2023-11-20', reference: 'X-4' },
      };
      expect((await t.post(path(MANIFESTO), body)).status).toBe(401);
      expect(
        (await t.post(path(MANIFESTO), body, { headers: { authorization: 'Bearer wrong' } }))
          .status,
      ).toBe(403);
    });
  });
}
