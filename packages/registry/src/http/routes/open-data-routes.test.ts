import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openDataLicense } from '../../config/open-data-license.js';
import { publicDataCsv } from '../../exports/public-data.js';
import { testDatabases } from '../../test/databases.js';
import { type CheckedSchema, checkCsvAgainstTableSchema } from '../../test/table-schema-check.js';
import {
  ADMIN_TOKEN,
  type EditableBody,
  type Kind,
  MANIFESTO,
  registryOn,
  tokenIn,
} from '../../test/test-registry.js';

// The public open data through HTTP against a real registry: published signatures only, in
// their public form, as CSV and JSON with ETags, described by a Data Package whose Table Schema
// the CSV satisfies.

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
const BASE = `/v1/manifestos/${MANIFESTO}`;

interface DataPackage {
  profile: string;
  licenses: { name: string; path: string; title: string }[];
  resources: { name: string; path: string; format: string; schema: CheckedSchema }[];
}

for (const database of testDatabases()) {
  describe(`open data on ${database.name}`, () => {
    const t = registryOn(database);
    const published: Record<string, string> = {};

    /** Signs, confirms by the mail's link, and publishes when a moderator must. */
    async function publish(
      name: string,
      kind: Kind,
      email: string,
      change?: (b: EditableBody) => void,
    ) {
      expect((await t.sign(t.example(kind, change))).status).toBe(202);
      await t.registry.idle();
      const token = tokenIn(t.outbox.to(email).at(-1), 'confirm');
      const confirmed = (await (await t.post('/v1/confirmations', { token })).json()) as {
        id: string;
        status: string;
      };
      if (confirmed.status === 'confirmed')
        await t.post(`/v1/admin/signatures/${confirmed.id}/publish`, {}, { headers: admin });
      await t.registry.idle();
      published[name] = confirmed.id;
    }

    const citizen = (email: string, familyName: string, consent: boolean) => (b: EditableBody) => {
      b.signatory.individual.email = email;
      b.signatory.individual.familyName = familyName;
      b.consents.publicDisplay = consent;
    };

    async function descriptor(): Promise<DataPackage> {
      const answer = await t.request(`${BASE}/datapackage.json`);
      expect(answer.status).toBe(200);
      return (await answer.json()) as DataPackage;
    }

    /** A resource of the package, fetched by its path relative to the descriptor. */
    async function resource(pkg: DataPackage, name: string) {
      const path = pkg.resources.find((r) => r.name === name)!.path;
      return t.request(new URL(path, `http://registry.test${BASE}/datapackage.json`).pathname);
    }

    it('publishes the published signatories as CSV that validates against its own Table Schema', async () => {
      await publish('lille', 'collectivity', 'camille.exemple@example.org');
      await publish('platform', 'platform', 'contact@velo-partage.example.org');
      await publish('organization', 'organization', 'dominique@reseau-exemple.example.org');
      await publish(
        'shown',
        'individual',
        'claude.visible@example.org',
        citizen('claude.visible@example.org', 'Visible', true),
      );
      await publish(
        'hidden',
        'individual',
        'sacha.cache@example.org',
        citizen('sacha.cache@example.org', 'Cache', false),
      );
      // Signed but never confirmed: not public.
      expect(
        (await t.sign(t.example('individual', citizen('attente@example.org', 'Attente', true))))
          .status,
      ).toBe(202);
      await t.registry.idle();

      const pkg = await descriptor();
      expect(pkg.profile).toBe('tabular-data-package');
      expect(pkg.licenses).toEqual([
        {
          name: 'etalab-2.0',
          path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
          title: 'Licence Ouverte / Open Licence version 2.0',
        },
      ]);
      const schema = pkg.resources.find((r) => r.name === 'signataires')!.schema;
      for (const field of schema.fields as readonly { description?: string }[])
        expect(field.description).toMatch(/[a-zéèà]/);

      const answer = await resource(pkg, 'signataires');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
      const csv = await answer.text();
      expect(checkCsvAgainstTableSchema(csv, schema)).toEqual([]);

      const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r.id).sort()).toEqual(Object.values(published).sort());
      // Oldest publication first: a new signature adds a line at the end.
      const order = rows.map((r) => `${r.publishedAt} ${r.id}`);
      expect(order).toEqual([...order].sort());
      const lille = rows.find((r) => r.id === published.lille)!;
      expect(lille).toMatchObject({
        kind: 'collectivity',
        name: 'Lille',
        collectivityType: 'commune',
        inseeCode: '59350',
        siren: '215903501',
        departementCode: '59',
        regionCode: '32',
        channel: 'online',
        deliberationDate: '',
        deliberationReference: '',
        manifestoVersion: '2023-11',
        certificateUrl: `http://registry.test/certificates/${published.lille}`,
      });
      expect(rows.find((r) => r.id === published.shown)?.name).toBe('Sacha Visible');
      expect(rows.find((r) => r.id === published.hidden)?.name).toBe('');
      expect(rows.find((r) => r.id === published.hidden)?.departementCode).toBe('59');
      // No e-mail, no phone, no signer's name, no unconsented person's name.
      for (const secret of ['@', '+33', 'Camille', 'Dominique', 'Alex', 'Cache', 'Attente'])
        expect(csv).not.toContain(secret);
    });

    it('gives the same records as JSON, each field present, null when empty', async () => {
      const pkg = await descriptor();
      const json = (await (await resource(pkg, 'signataires-json')).json()) as Record<
        string,
        unknown
      >[];
      const csv = parse(await (await resource(pkg, 'signataires')).text(), {
        bom: true,
        columns: true,
      }) as Record<string, string>[];
      const names = pkg.resources[1]!.schema.fields.map((f) => f.name);
      expect(json.map((r) => Object.keys(r))).toEqual(json.map(() => names));
      expect(json.map((r) => r.id)).toEqual(csv.map((r) => r.id));
      const lille = json.find((r) => r.id === published.lille)!;
      expect(lille.population).toBeGreaterThan(200_000);
      expect(lille.website).toBeNull();
    });

    it('answers 304 to its own ETag, and changes it when a signature is withdrawn', async () => {
      const first = await t.request(`${BASE}/signatories.csv`);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^"[\w-]{27}"$/);
      const again = await t.request(`${BASE}/signatories.csv`, {
        headers: { 'if-none-match': `W/${etag}` },
      });
      expect(again.status).toBe(304);
      const jsonEtag = (await t.request(`${BASE}/signatories.json`)).headers.get('etag')!;
      expect(
        (await t.request(`${BASE}/signatories.json`, { headers: { 'if-none-match': jsonEtag } }))
          .status,
      ).toBe(304);

      const token = tokenIn(t.outbox.to('claude.visible@example.org').at(-1), 'withdraw');
      expect((await t.post('/v1/withdrawals', { token })).status).toBe(200);
      const after = await t.request(`${BASE}/signatories.csv`, {
        headers: { 'if-none-match': etag },
      });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(etag);
      expect(await after.text()).not.toContain(published.shown);
    });

    it('answers 404 for a manifesto it does not serve', async () => {
      for (const file of ['signatories.csv', 'signatories.json', 'datapackage.json'])
        expect((await t.request(`/v1/manifestos/nope/${file}`)).status).toBe(404);
    });
  });
}

describe('the Table Schema checker the open data is tested with', () => {
  const schema: CheckedSchema = {
    fields: [
      { name: 'id', type: 'string', constraints: { required: true, unique: true } },
      { name: 'kind', type: 'string', constraints: { enum: ['a', 'b'] } },
      { name: 'code', type: 'string', constraints: { pattern: '(\\d{5}|2[AB]\\d{3})' } },
      { name: 'n', type: 'integer', constraints: { minimum: 0 } },
      { name: 'on', type: 'date' },
      { name: 'at', type: 'datetime' },
      { name: 'url', type: 'string', format: 'uri' },
    ],
    primaryKey: 'id',
    missingValues: [''],
  };
  const header = 'id,kind,code,n,on,at,url\r\n';

  it('passes a good file, with empty optional cells and a BOM', () => {
    const csv = `\uFEFF${header}x,a,2A004,3,2026-02-28,2026-02-28T10:00:00Z,https://a.example\r\ny,,,,,,\r\n`;
    expect(checkCsvAgainstTableSchema(csv, schema)).toEqual([]);
  });

  it('names each cell that breaks the schema', () => {
    const csv = `${header}x,c,2C004,-1,2026-02-30,2026-02-28 10:00,mailto:a@b\r\nx,a,123456,1.5,,,\r\n,a,,,,,\r\n`;
    expect(checkCsvAgainstTableSchema(csv, schema)).toEqual([
      'row 2, kind: "c" is not in the enum',
      'row 2, code: "2C004" does not match (\\d{5}|2[AB]\\d{3})',
      'row 2, n: -1 is below 0',
      'row 2, on: "2026-02-30" is not a date (YYYY-MM-DD)',
      'row 2, at: "2026-02-28 10:00" is not a datetime (YYYY-MM-DDThh:mm:ssZ)',
      'row 2, url: "mailto:a@b" is not an http(s) URI',
      'row 3, id: "x" is not unique',
      'row 3, code: "123456" does not match (\\d{5}|2[AB]\\d{3})',
      'row 3, n: "1.5" is not an integer',
      'row 4, id: is required',
    ]);
  });

  it('refuses a header that is not the fields', () => {
    expect(checkCsvAgainstTableSchema('id,kind\r\n', schema)[0]).toMatch(/^row 1: header/);
  });
});

describe('the open data’s files', () => {
  it('keep a spreadsheet from reading a cell as a formula, like the moderators’ export', () => {
    const csv = publicDataCsv([{ id: 'x', name: '=HYPERLINK("http://evil")' }]);
    // id, kind (empty), then the name, quoted and prefixed with an apostrophe.
    expect(csv.split('\r\n')[1]).toMatch(/^x,,"'=HYPERLINK\(""http:\/\/evil""\)",/);
  });

  it('take their licence from OPEN_DATA_LICENSE: Licence Ouverte 2.0 unless told', () => {
    expect(openDataLicense(undefined).name).toBe('etalab-2.0');
    expect(openDataLicense('odbl-1.0')).toMatchObject({ name: 'ODbL-1.0' });
    expect(openDataLicense('Maison|https://example.org/licence|Licence maison')).toEqual({
      name: 'Maison',
      path: 'https://example.org/licence',
      title: 'Licence maison',
    });
    expect(() => openDataLicense('ma licence')).toThrow(/OPEN_DATA_LICENSE/);
  });
});
