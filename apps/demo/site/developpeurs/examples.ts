import { plateformcoop2023 } from '@plateformcoop/model';

/** A submission the signature core accepts: a citizen signs. */
export const validExample = {
  manifestoId: plateformcoop2023.id,
  manifestoHash: plateformcoop2023.contentHash,
  locale: 'fr',
  signatory: {
    kind: 'individual',
    individual: {
      givenName: 'Camille',
      familyName: 'Exemple',
      email: 'camille.exemple@example.org',
      postalCode: '59000',
    },
  },
  commitments: ['utiliser-et-promouvoir'],
  consents: { sign: true, publicDisplay: true, contact: false },
};

/** A platform's submission with a mistake in almost every field. */
export const invalidExample = {
  manifestoId: plateformcoop2023.id,
  locale: 'fr',
  signatory: {
    kind: 'platform',
    platform: {
      name: 'Vélos Démo',
      website: 'http://velos-demo.example',
      sector: 'livraison',
      siren: '123456789',
    },
    representative: {
      givenName: 'Dominique',
      familyName: 'Exemple',
      role: 'president',
      email: 'pas-une-adresse',
      authorised: false,
    },
  },
  commitments: ['engagement-inconnu'],
  consents: { sign: false, publicDisplay: false, contact: false },
};
