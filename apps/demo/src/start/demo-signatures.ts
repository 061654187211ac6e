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

/** Communes that sign in the demo data, for fictional representatives. */
export const DEMO_COMMUNES = ['Douai', 'Arras', 'Valenciennes'] as const;

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

function collectivitySubmission(collectivity: Collectivity, email: string) {
  return {
    manifestoId: MANIFESTO,
    manifestoHash: plateformcoop2023.contentHash,
    locale: 'fr',
    signatory: {
      kind: 'collectivity',
      collectivity,
      representative: {
        givenName: 'Démo',
        familyName: 'Représentant',
        role: 'adjoint',
        function: 'Signature de démonstration',
        email,
        authorised: true,
      },
    },
    commitments: ['sensibiliser-elus-et-agents', 'utiliser-et-promouvoir'],
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

/**
 * The demo's signatures that go through the whole public flow: the fictional platform signs
 * and confirms (its badge then verifies), and a few communes sign, confirm and are published
 * by moderation. Returns what it did, for the terminal.
 */
export async function seedDemoSignaturesThroughApi(
  client: RegistryClient,
  outbox: string,
): Promise<string[]> {
  const done: string[] = [];
  await signAndConfirm(client, outbox, DEMO_PLATFORM.email, platformSubmission(DEMO_PLATFORM));
  done.push(`plateforme fictive « ${DEMO_PLATFORM.name} » signataire`);
  for (const [i, name] of DEMO_COMMUNES.entries()) {
    const [collectivity] = await client.get<Collectivity[]>(
      withQuery(COLLECTIVITIES_PATH, { q: name, limit: 1 }),
    );
    if (!collectivity) throw new Error(`the registry's official list has no commune "${name}"`);
    const id = await signAndConfirm(
      client,
      outbox,
      `demo-collectivite-${i + 1}@example.org`,
      collectivitySubmission(collectivity, `demo-collectivite-${i + 1}@example.org`),
    );
    await client.publish(id);
    done.push(`${collectivity.name} (signature de démonstration, publiée)`);
  }
  return done;
}
