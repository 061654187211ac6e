import type { SignatoryKind } from '../signatory/signatory-kind.schema.js';
import type { SignatureSubmission } from '../signature/signature-submission.schema.js';

// One valid submission per kind of signatory, for documentation (the registry's OpenAPI
// examples), tests and benchmarks everywhere. The people are fictional and their addresses are
// at example.org; the public bodies' identifiers are the real, public ones (Lille: INSEE 59350,
// SIREN 215903501).

const collectivitySubmission: SignatureSubmission = {
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
      email: 'camille.exemple@example.org',
      phone: '+33 3 20 00 00 00',
    },
  },
  commitments: ['sensibiliser-elus-et-agents', 'adapter-les-achats-publics'],
  consents: { sign: true, publicDisplay: true, contact: false },
};

const platformSubmission: SignatureSubmission = {
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

const organizationSubmission: SignatureSubmission = {
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

const individualSubmission: SignatureSubmission = {
  manifestoId: 'plateformcoop-2023',
  locale: 'fr',
  signatory: {
    kind: 'individual',
    individual: {
      givenName: 'Sacha',
      familyName: 'Exemple',
      email: 'sacha.exemple@example.org',
      postalCode: '59000',
    },
  },
  commitments: ['utiliser-et-promouvoir'],
  consents: { sign: true, publicDisplay: false, contact: false },
};

/** A valid submission of each kind, as a signer would send it. */
export const exampleSubmissions: Readonly<Record<SignatoryKind, SignatureSubmission>> = {
  collectivity: collectivitySubmission,
  platform: platformSubmission,
  organization: organizationSubmission,
  individual: individualSubmission,
};
