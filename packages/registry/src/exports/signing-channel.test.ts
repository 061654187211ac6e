import { type Manifesto, plateformcoop2023 } from '@plateformcoop/model';
import { messageFor } from '@plateformcoop/signature';
import { describe, expect, it } from 'vitest';
import type { SignatureRow } from '../store/signature-store.js';
import { checkCsvAgainstTableSchema } from '../test/table-schema-check.js';
import { certificateOf } from './certificate.js';
import { certificateText } from './certificate-words.js';
import { SIGNATORIES_TABLE_SCHEMA } from './data-package.js';
import { publicDataCsv, publicDataRecords } from './public-data.js';

// A signature recorded from a council deliberation (the campaigns' `deliberation` column) reads
// as made offline, with its date and reference, in the certificate and in the open data; a
// signature of an earlier text keeps that text's version.

const EARLIER = `sha256:${'a'.repeat(64)}`;

/** A published commune's row, as the store gives it, with the campaigns' column. */
function communeRow(change: Partial<SignatureRow> & { deliberation?: string | null } = {}) {
  return {
    id: 'sig_deliberation',
    manifesto_id: plateformcoop2023.id,
    signature_key: 'k',
    status: 'published',
    kind: 'collectivity',
    locale: 'fr',
    manifesto_hash: plateformcoop2023.contentHash,
    submission: null,
    commitments: JSON.stringify(['sensibiliser-elus-et-agents']),
    entity_name: 'Roubaix',
    collectivity_type: 'commune',
    siren: '215905126',
    insee_code: '59512',
    departement_code: '59',
    region_code: '32',
    population: 98_089,
    platform_slug: null,
    search_text: 'roubaix',
    created_at: '2026-11-21T09:00:00Z',
    confirmed_at: '2026-11-21T09:00:00Z',
    published_at: '2026-11-21T09:00:00Z',
    rejected_at: null,
    withdrawn_at: null,
    expired_at: null,
    erased_at: null,
    ...change,
  } as SignatureRow;
}

describe('a signature recorded from a deliberation', () => {
  const row = communeRow({
    deliberation: JSON.stringify({ date: '2026-11-20', reference: 'DEL-2026-042' }),
  });

  it('is offline in its certificate, which gives the deliberation’s date and reference', () => {
    const facts = certificateOf(row, plateformcoop2023, 'https://registre.example')!;
    expect(facts).toMatchObject({
      channel: 'offline',
      deliberation: { date: '2026-11-20', reference: 'DEL-2026-042' },
      manifesto: { version: plateformcoop2023.version },
    });
    const text = certificateText(facts, 'fr', 'PlateformCoop', new Date('2026-12-01T10:00:00Z'));
    expect(text.dates.rows).toContainEqual({
      label: messageFor('page.certificate.deliberation', 'fr'),
      value: 'du 20 novembre 2026, n° DEL-2026-042',
    });
  });

  it('is offline in the open data, with its date and reference, and the CSV still validates', () => {
    const [record] = publicDataRecords([row], plateformcoop2023, 'https://registre.example');
    expect(record).toMatchObject({
      channel: 'offline',
      deliberationDate: '2026-11-20',
      deliberationReference: 'DEL-2026-042',
    });
    const records = publicDataRecords(
      [row, communeRow({ id: 'sig_online' })],
      plateformcoop2023,
      'https://registre.example',
    );
    expect(records.map((r) => r.channel)).toEqual(['offline', 'online']);
    expect(checkCsvAgainstTableSchema(publicDataCsv(records), SIGNATORIES_TABLE_SCHEMA)).toEqual(
      [],
    );
  });
});

describe('a signature of an earlier text', () => {
  const manifesto = {
    ...plateformcoop2023,
    previousVersions: [{ version: '2022-06', contentHash: EARLIER }],
  } as Manifesto;

  it('keeps that text’s version and hash; an unknown hash has no version', () => {
    const earlier = certificateOf(communeRow({ manifesto_hash: EARLIER }), manifesto, 'https://r')!;
    expect(earlier.manifesto).toMatchObject({ version: '2022-06', contentHash: EARLIER });
    const unknown = `sha256:${'b'.repeat(64)}`;
    const [record] = publicDataRecords(
      [communeRow({ manifesto_hash: unknown })],
      manifesto,
      'https://r',
    );
    expect(record).toMatchObject({ manifestoVersion: null, manifestoContentHash: unknown });
  });
});
