import { exampleSubmissions, plateformcoop2023 } from '@plateformcoop/model';

/** A submission the signature core accepts: the model's example of a citizen's. */
export const validExample = {
  ...exampleSubmissions.individual,
  manifestoHash: plateformcoop2023.contentHash,
};

const { platform } = exampleSubmissions;
const signatory = platform.signatory as Extract<typeof platform.signatory, { kind: 'platform' }>;

/** The model's example of a platform's submission, with a mistake in almost every field. */
export const invalidExample = {
  ...platform,
  signatory: {
    ...signatory,
    platform: {
      ...signatory.platform,
      website: 'http://velo-partage.example.org',
      sector: 'livraison',
      siren: '123456789',
    },
    representative: { ...signatory.representative, email: 'pas-une-adresse', authorised: false },
  },
  commitments: ['engagement-inconnu'],
  consents: { ...platform.consents, sign: false },
};
