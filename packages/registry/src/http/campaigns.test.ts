import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestoContentHash, plateformcoop2023 } from '@plateformcoop/model';
import { describe, expect, it } from 'vitest';
import { readManifestoDefinitions } from '../config/manifesto-definitions.js';
import { createRegistry } from '../registry.js';
import { freshDatabase, testDatabases } from '../test/databases.js';
import {
  ADMIN_TOKEN,
  type EditableBody,
  MANIFESTO,
  registryOn,
  tokenIn,
} from '../test/test-registry.js';

// The README's complete example of a definition file (the tests validate it, and serve it).
const EXAMPLE = new URL(
  '../../examples/manifestos/charte-plateformes-en-communs-2026.json',
  import.meta.url,
).pathname;
const CHARTER = 'charte-plateformes-en-communs-2026';
const CLOSED = 'charte-close-2025';

/** A folder of definitions: the example, a campaign closed in 2025, and a revised reference text. */
async function definitionsDir(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pc-manifestos-'));
  copyFileSync(EXAMPLE, join(dir, 'charte.json'));
  const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  writeFileSync(
    join(dir, 'close.json'),
    JSON.stringify({ ...example, id: CLOSED, opensOn: '2025-01-01', closesOn: '2025-12-31' }),
  );
  // The reference manifesto, revised: a new version whose hash is computed, the 2023 text kept.
  const { contentHash: previousHash, ...reference } = plateformcoop2023;
  const revisedFr = {
    ...reference.texts.fr,
    subtitle: `${reference.texts.fr.subtitle ?? ''} (édition révisée)`.trim(),
  };
  writeFileSync(
    join(dir, 'plateformcoop-2023.json'),
    JSON.stringify({
      ...reference,
      version: '2026-12',
      publishedOn: '2026-12-01',
      texts: { ...reference.texts, fr: revisedFr },
      previousVersions: [
        {
          version: reference.version,
          publishedOn: reference.publishedOn,
          contentHash: previousHash,
          texts: reference.texts,
        },
      ],
    }),
  );
  return dir;
}

interface Counter {
  total: number;
  byKind: Record<string, number>;
  goal?: number;
}

for (const database of testDatabases()) {
  describe(`campaigns defined in MANIFESTOS_DIR on ${database.name}`, async () => {
    const dir = await definitionsDir();
    const t = registryOn(database, { manifestosDir: dir });

    const counter = async (id: string) =>
      (await (await t.request(`/v1/manifestos/${id}/counter`)).json()) as Counter;
    const signOn = async (id: string, body: EditableBody) =>
      t.post(`/v1/manifestos/${id}/signatures`, {
        ...body,
        manifestoId: id,
        altcha: await t.altcha(),
      });
    /** An organisation of the examples, under another name and address (so it signs anew). */
    const organization = (name: string, email: string, commitments: string[] = []) =>
      t.example('organization', (b) => {
        b.signatory.organization.name = name;
        b.signatory.representative.email = email;
        b.commitments = commitments;
        delete b.manifestoHash;
      });
    const confirm = async (email: string) => {
      await t.registry.idle();
      const token = tokenIn(t.outbox.to(email).at(-1), 'confirm');
      return (await t.post('/v1/confirmations', { token })).json();
    };

    it('serves the definitions beside the reference, the file with its id replacing it', async () => {
      const list = (await (await t.request('/v1/manifestos')).json()) as {
        id: string;
        version: string;
        contentHash: string;
        goal?: number;
        campaign?: { name: string };
      }[];
      expect(list.map((m) => m.id).sort()).toEqual([CHARTER, CLOSED, MANIFESTO].sort());
      const reference = list.find((m) => m.id === MANIFESTO)!;
      expect(reference.version).toBe('2026-12');
      expect(reference.contentHash).not.toBe(plateformcoop2023.contentHash);
      const charter = list.find((m) => m.id === CHARTER)!;
      expect(charter).toMatchObject({ goal: 50, campaign: { name: 'Plateformes en communs' } });
      const { contentHash, ...rest } = charter as typeof charter & Record<string, unknown>;
      expect(contentHash).toBe(await manifestoContentHash(rest as never));
    });

    it('signs two manifestos apart: counters, lists, goals and moderation are per manifesto', async () => {
      const before = { charter: await counter(CHARTER), reference: await counter(MANIFESTO) };
      expect(before.charter.goal).toBe(50);
      // The same organisation signs both: two signatures, one per manifesto.
      const body = organization('Coopérative des Deux Campagnes', 'deux@coop.example');
      const onCharter = await signOn(CHARTER, { ...body, commitments: ['associer-les-usagers'] });
      expect(onCharter.status).toBe(202);
      expect(await confirm('deux@coop.example')).toMatchObject({ status: 'published' });
      const onReference = await signOn(MANIFESTO, body);
      expect(onReference.status).toBe(202);
      expect(await confirm('deux@coop.example')).toMatchObject({ status: 'published' });
      expect((await counter(CHARTER)).total).toBe(before.charter.total + 1);
      expect((await counter(MANIFESTO)).total).toBe(before.reference.total + 1);

      const listed = async (id: string) =>
        (
          (await (await t.request(`/v1/manifestos/${id}/signatories`)).json()) as {
            items: {
              id: string;
              name?: string;
              manifestoHash?: string;
              manifestoVersion?: string;
            }[];
          }
        ).items;
      const charterItems = await listed(CHARTER);
      const charterId = ((await onCharter.json()) as { id: string }).id;
      const referenceId = ((await onReference.json()) as { id: string }).id;
      expect(charterItems.map((i) => i.id)).toContain(charterId);
      expect(charterItems.map((i) => i.id)).not.toContain(referenceId);
      expect(charterItems.find((i) => i.id === charterId)).toMatchObject({
        manifestoVersion: '2026-01',
        manifestoHash: expect.stringMatching(/^sha256:/),
      });

      // The charter has a moderator check platforms; the reference (MODERATION_POLICY) does not.
      const platform = (email: string) =>
        t.example('platform', (b) => {
          b.signatory.representative.email = email;
          b.commitments = [];
          delete b.manifestoHash;
        });
      const moderated = (await (await signOn(CHARTER, platform('p1@velo.example'))).json()) as {
        moderated: boolean;
      };
      expect(moderated.moderated).toBe(true);
      const notModerated = (await (
        await signOn(MANIFESTO, platform('p2@velo.example'))
      ).json()) as {
        moderated: boolean;
      };
      expect(notModerated.moderated).toBe(false);
      // Its mails speak in the charter's campaign's name.
      await t.registry.idle();
      const mail = t.outbox.to('p1@velo.example').at(-1)?.text;
      expect(mail).toContain('Plateformes en communs');
      expect(mail).toContain('contact@plateformes-en-communs.example');
    });

    it('exports one manifesto’s signatures, or every one’s', async () => {
      const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
      const ids = async (query: string) =>
        (
          (await (await t.request(`/v1/admin/export.json${query}`, { headers: admin })).json()) as {
            id: string;
          }[]
        ).map((r) => r.id);
      const charter = (await (await t.request(`/v1/manifestos/${CHARTER}/signatories`)).json()) as {
        items: { id: string }[];
      };
      const reference = (await (
        await t.request(`/v1/manifestos/${MANIFESTO}/signatories`)
      ).json()) as { items: { id: string }[] };
      const all = await ids('');
      const onCharter = await ids(`?manifesto=${CHARTER}`);
      expect(onCharter).toEqual(expect.arrayContaining(charter.items.map((i) => i.id)));
      expect(onCharter).not.toContain(reference.items[0]!.id);
      expect(all).toEqual(expect.arrayContaining([...onCharter, reference.items[0]!.id]));
      const csv = await t.request(`/v1/admin/export.csv?manifesto=${CHARTER}`, { headers: admin });
      expect(csv.headers.get('content-disposition')).toContain(`${CHARTER}-signatures.csv`);
      expect(
        (await t.request('/v1/admin/export.csv?manifesto=inconnu', { headers: admin })).status,
      ).toBe(404);
    });

    it('shows each campaign on the root page: its state, goal, version and earlier texts', async () => {
      const page = await (await t.request('/', { headers: { 'accept-language': 'fr' } })).text();
      expect(page).toContain('Campagne : Plateformes en communs');
      expect(page).toContain('href="mailto:contact@plateformes-en-communs.example"');
      expect(page).toContain('Campagne close : la signature a pris fin le 31 décembre 2025');
      expect(page).toContain('Objectif : 50 signatures');
      expect(page).toContain('Version 2026-12 du 1 décembre 2026');
      expect(page).toContain('Versions précédentes du texte');
      expect(page).toContain(plateformcoop2023.contentHash);
    });

    it('gives a platform a badge per manifesto it signed, kept while it still signs one', async () => {
      const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
      const body = t.example('platform', (b) => {
        b.signatory.platform.name = 'Cargo Commun';
        b.signatory.platform.website = 'https://cargo-commun.example';
        b.signatory.representative.email = 'contact@cargo-commun.example';
        b.commitments = [];
        delete b.manifestoHash;
      });
      expect((await signOn(MANIFESTO, body)).status).toBe(202);
      expect(await confirm('contact@cargo-commun.example')).toMatchObject({
        status: 'published',
      });
      const badge = async (query = '') =>
        (
          (await (await t.request(`/v1/platforms/cargo-commun/badge.json${query}`)).json()) as {
            message: string;
          }
        ).message;
      const attestation = (query: string) =>
        t.request(`/v1/platforms/cargo-commun/attestation${query}`);
      const signedWords = await badge();
      expect(await badge(`?manifesto=${MANIFESTO}`)).toBe(signedWords);
      expect(await badge(`?manifesto=${CHARTER}`)).not.toBe(signedWords);
      expect((await attestation(`?manifesto=${MANIFESTO}`)).status).toBe(200);
      expect((await attestation(`?manifesto=${CHARTER}`)).status).toBe(404);
      expect((await attestation('?manifesto=inconnu')).status).toBe(404);

      // It signs the charter too (a moderator publishes platforms there), then withdraws the reference.
      expect((await signOn(CHARTER, body)).status).toBe(202);
      const confirmed = (await confirm('contact@cargo-commun.example')) as { id: string };
      await t.post(`/v1/admin/signatures/${confirmed.id}/publish`, {}, { headers: admin });
      expect(await badge(`?manifesto=${CHARTER}`)).toBe(signedWords);
      const charterJws = await (await attestation(`?manifesto=${CHARTER}`)).text();
      const payload = JSON.parse(
        Buffer.from(charterJws.split('.')[1]!, 'base64url').toString('utf8'),
      ) as { manifesto?: { id: string } };
      expect(JSON.stringify(payload)).toContain(CHARTER);
      await t.registry.idle();
      const withdrawals = t.outbox
        .to('contact@cargo-commun.example')
        .filter((m) => m.text.includes('/withdraw?token='));
      const referenceWithdraw = tokenIn(withdrawals[0], 'withdraw');
      expect(
        await (await t.post('/v1/withdrawals', { token: referenceWithdraw })).json(),
      ).toMatchObject({ status: 'withdrawn' });
      expect(await badge(`?manifesto=${MANIFESTO}`)).not.toBe(signedWords);
      expect(await badge()).toBe(signedWords); // still a signatory, of the charter
      expect((await attestation('')).status).toBe(200);
    });

    it('refuses a kind the manifesto does not accept (422)', async () => {
      const citizen = t.example('individual', (b) => {
        b.commitments = [];
        delete b.manifestoHash;
      });
      const answer = await signOn(CHARTER, citizen);
      expect(answer.status).toBe(422);
    });

    it('answers 409 manifesto.closed outside opensOn–closesOn; its counter and list stay readable', async () => {
      const answer = await signOn(CLOSED, organization('Trop Tard', 'tard@coop.example'));
      expect(answer.status).toBe(409);
      expect(await answer.json()).toMatchObject({ error: { code: 'manifesto.closed' } });
      const english = await t.post(
        `/v1/manifestos/${CLOSED}/signatures`,
        { ...organization('Trop Tard', 'tard@coop.example'), altcha: await t.altcha() },
        { headers: { 'accept-language': 'en' } },
      );
      expect(((await english.json()) as { error: { message: string } }).error.message).toMatch(
        /closed/,
      );
      expect((await t.request(`/v1/manifestos/${CLOSED}/counter`)).status).toBe(200);
      expect((await t.request(`/v1/manifestos/${CLOSED}/signatories`)).status).toBe(200);
      // Before it opens, too.
      const saved = t.clock.now;
      t.clock.now = new Date('2026-01-14T22:59:00Z'); // 23:59 in Paris, the day before
      try {
        const early = await signOn(CHARTER, organization('Trop Tôt', 'tot@coop.example'));
        expect(early.status).toBe(409);
      } finally {
        t.clock.now = saved;
      }
    });

    it('answers 409 manifesto.outdated to a signature on a previous version, and keeps it listed', async () => {
      const old = {
        ...organization('Ancien Texte', 'ancien@coop.example'),
        manifestoHash: plateformcoop2023.contentHash,
      };
      const answer = await signOn(MANIFESTO, old);
      expect(answer.status).toBe(409);
      expect(await answer.json()).toMatchObject({ error: { code: 'manifesto.outdated' } });
      const manifesto = (await (await t.request(`/v1/manifestos/${MANIFESTO}`)).json()) as {
        version: string;
        previousVersions: { version: string; contentHash: string; texts: { fr: unknown } }[];
      };
      expect(manifesto.version).toBe('2026-12');
      expect(manifesto.previousVersions[0]).toMatchObject({
        version: '2023-11',
        contentHash: plateformcoop2023.contentHash,
      });
    });
  });

  describe(`a broken definition on ${database.name}`, () => {
    it('stops the start, naming the file and the field', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pc-manifestos-'));
      const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
      writeFileSync(join(dir, 'ok.json'), JSON.stringify(example));
      writeFileSync(
        join(dir, 'faux.json'),
        JSON.stringify({ ...example, id: 'faux', closesOn: '31/12/2027' }),
      );
      writeFileSync(
        join(dir, 'hash.json'),
        JSON.stringify({ ...example, id: 'hash', contentHash: `sha256:${'0'.repeat(64)}` }),
      );
      const target = freshDatabase(database);
      const start = createRegistry({
        env: { MANIFESTOS_DIR: dir, DATA_DIR: mkdtempSync(join(tmpdir(), 'pc-data-')) },
        config: { databaseUrl: target.url, adminToken: undefined },
        ...(target.pgSchema ? { pgSchema: target.pgSchema } : {}),
        log: () => {},
      });
      await expect(start).rejects.toThrow(/faux\.json: closesOn: /);
      await expect(start).rejects.toThrow(/hash\.json: contentHash: does not match/);
    });
  });
}

describe('the README’s example definition file', () => {
  it('is the file the tests serve, shown whole, and it validates', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(readFileSync(EXAMPLE, 'utf8').trim());
    const [defined] = await readManifestoDefinitions(join(EXAMPLE, '..'));
    expect(defined?.manifesto.id).toBe(CHARTER);
  });
});
