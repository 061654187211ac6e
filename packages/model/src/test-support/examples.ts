import type { Signature, SignatureSubmission } from '../index.js';

// Valid examples of every signatory kind, shared by this package's tests. The people are
// fictional; the public bodies' identifiers are the real, public ones.

export const collectivitySubmission: SignatureSubmission = {
  manifestoId: 'plateformcoop-2023',
  locale: 'fr',
  signatory: {
    kind: 'collectivity',
    collectivity: {
      type: 'commune',
      name: 'Lille',
      inseeCode: '59350',
      siren: '215903501',
      departementCode: '59',
      regionCode: '32',
      population: 236710,
    },
    representative: {
      givenName: 'Camille',
      familyName: 'Exemple',
      role: 'adjoint',
      function: 'Adjointe à l’économie sociale et solidaire',
      authorised: true,
      email: 'camille.exemple@mairie-exemple.fr',
      phone: '+33 3 20 00 00 00',
    },
  },
  commitments: ['sensibiliser-elus-et-agents', 'adapter-les-achats-publics'],
  consents: { sign: true, publicDisplay: true, contact: false },
};

export const platformSubmission: SignatureSubmission = {
  manifestoId: 'plateformcoop-2023',
  locale: 'en',
  signatory: {
    kind: 'platform',
    platform: {
      name: 'Vélo Partage Coop',
      website: 'https://velo-partage.example.org',
      sector: 'mobilite',
      legalForm: 'scic',
    },
    representative: {
      givenName: 'Alex',
      familyName: 'Sample',
      role: 'gerant',
      authorised: true,
      email: 'contact@velo-partage.example.org',
    },
  },
  commitments: ['utiliser-et-promouvoir'],
  consents: { sign: true, publicDisplay: false, contact: true },
};

export const organizationSubmission: SignatureSubmission = {
  manifestoId: 'plateformcoop-2023',
  locale: 'fr',
  signatory: {
    kind: 'organization',
    organization: { type: 'association', name: 'Réseau Exemple ESS' },
    representative: {
      givenName: 'Dominique',
      familyName: 'Modèle',
      role: 'president',
      authorised: true,
      email: 'dominique@reseau-exemple.example.org',
    },
  },
  commitments: [],
  consents: { sign: true, publicDisplay: true, contact: true },
};

export const individualSubmission: SignatureSubmission = {
  manifestoId: 'plateformcoop-2023',
  locale: 'fr',
  signatory: {
    kind: 'individual',
    individual: {
      givenName: 'Sacha',
      familyName: 'Témoin',
      email: 'sacha.temoin@example.org',
      postalCode: '59000',
    },
  },
  commitments: ['utiliser-et-promouvoir'],
  consents: { sign: true, publicDisplay: false, contact: false },
};

export const submissions = [
  collectivitySubmission,
  platformSubmission,
  organizationSubmission,
  individualSubmission,
];

export function storedSignature(submission: SignatureSubmission, id = 'sig_1'): Signature {
  return {
    ...submission,
    id,
    manifestoHash: 'sha256:19543bd192154013f34a43257c944645ee4054af510240ffae5163de564a4615',
    status: 'published',
    createdAt: '2026-11-20T10:00:00Z',
    confirmedAt: '2026-11-20T10:05:00Z',
    publishedAt: '2026-11-21T09:00:00Z',
  };
}
