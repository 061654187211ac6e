import {
  COLLECTIVITIES_PATH,
  type Collectivity,
  plateformcoop2023,
  withQuery,
} from '@plateformcoop/model';
import { tokenOf, waitForActionLink } from '../registry/outbox.js';
import type { RegistryClient } from '../registry/registry-client.js';

const MANIFESTO = plateformcoop2023.id;

/** The fictional platform whose badge the demo shows; its website is a `*.localhost` name. */
export const DEMO_PLATFORM = {
  slug: 'les-coursiers-de-la-deule',
  name: 'Les Coursiers de la Deûle',
  website: 'https://coursiers-deule.localhost',
  email: 'coursiers-deule@example.org',
} as const;

/**
 * The founding collectivities: the seed manifesto speaks of « 5 collectivités déjà engagées »
 * when it was published, by deliberations of their councils. Real communes of the official
 * list; the deliberations' dates and references are fictional.
 */
export const DEMO_FOUNDING_COMMUNES = [
  // Its town hall gave a contact address: it gets the publication mail with the withdrawal link.
  {
    name: 'Douai',
    date: '2023-10-02',
    reference: 'DEMO-DEL-2023-101',
    email: 'mairie@douai.example.fr',
  },
  { name: 'Arras', date: '2023-10-09', reference: 'DEMO-DEL-2023-102' },
  { name: 'Valenciennes', date: '2023-10-16', reference: 'DEMO-DEL-2023-103' },
  { name: 'Lens', date: '2023-10-23', reference: 'DEMO-DEL-2023-104' },
  { name: 'Cambrai', date: '2023-10-30', reference: 'DEMO-DEL-2023-105' },
] as const;

/** The demo's second campaign, defined by `apps/demo/manifestos/pacte-val-de-demo-2026.json`. */
export const DEMO_SECOND_MANIFESTO = 'pacte-val-de-demo-2026';

/** A fictional platform's submission, as the signature form would build it. */
export function platformSubmission(platform: {
  name: string;
  website: string;
  email: string;
}): { manifestoId: string } & Record<string, unknown> {
  return {
    manifestoId: MANIFESTO,
    manifestoHash: plateformcoop2023.contentHash,
    locale: 'fr',
    signatory: {
      kind: 'platform',
      platform: {
        name: platform.name,
        website: platform.website,
        sector: 'livraison',
        legalForm: 'scic',
        territory: 'Métropole lilloise',
      },
      representative: {
        givenName: 'Démo',
        familyName: 'Coursière',
        role: 'co-fondateur',
        email: platform.email,
        authorised: true,
      },
    },
    commitments: ['utiliser-et-promouvoir'],
    consents: { sign: true, publicDisplay: true, contact: false },
  };
}

/** Signs and confirms through the API, as a person following the mail's link would. */
async function signAndConfirm(
  client: RegistryClient,
  outbox: string,
  email: string,
  submission: { manifestoId: string },
): Promise<string> {
  const { id } = await client.sign(submission);
  await client.confirm(tokenOf(await waitForActionLink(outbox, email, 'confirm')));
  return id;
}

/** A commune's fictional representative, as a moderator enters the deliberation. */
const mayor = { givenName: 'Démo', familyName: 'Représentant', role: 'maire' } as const;

/**
 * The demo's signatures: the fictional platform signs and confirms through the public flow (its
 * badge then verifies); the five founding communes are recorded by a moderator from their
 * councils' (fictional) deliberations; on the second campaign, a fictional association is
 * recorded from its board's decision. Returns what it did, for the terminal.
 */
export async function seedDemoSignaturesThroughApi(
  client: RegistryClient,
  outbox: string,
): Promise<string[]> {
  const done: string[] = [];
  await signAndConfirm(client, outbox, DEMO_PLATFORM.email, platformSubmission(DEMO_PLATFORM));
  done.push(`plateforme fictive « ${DEMO_PLATFORM.name} » signataire`);
  for (const founding of DEMO_FOUNDING_COMMUNES) {
    const { name, date, reference } = founding;
    const email = 'email' in founding ? founding.email : undefined;
    const [collectivity] = await client.get<Collectivity[]>(
      withQuery(COLLECTIVITIES_PATH, { q: name, limit: 1 }),
    );
    if (!collectivity) throw new Error(`the registry's official list has no commune "${name}"`);
    await client.recordDeliberation(MANIFESTO, {
      signatory: {
        kind: 'collectivity',
        collectivity,
        representative: email ? { ...mayor, email } : mayor,
      },
      commitments: ['sensibiliser-elus-et-agents', 'utiliser-et-promouvoir'],
      deliberation: { date, reference },
    });
    done.push(`${collectivity.name} (délibération fictive du ${date}, enregistrée)`);
  }
  await client.recordDeliberation(DEMO_SECOND_MANIFESTO, {
    signatory: {
      kind: 'organization',
      organization: { type: 'association', name: 'Tiers-lieu du Val-de-Démo (fictif)' },
      representative: { givenName: 'Démo', familyName: 'Présidente', role: 'president' },
    },
    commitments: ['mutualiser-les-outils'],
    deliberation: { date: '2026-01-20', reference: 'DEMO-CA-2026-01' },
  });
  done.push(`second manifeste « ${DEMO_SECOND_MANIFESTO} » : une association fictive enregistrée`);
  return done;
}
