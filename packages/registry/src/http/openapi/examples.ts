import { PLATEFORMCOOP_2023, type SignatureSubmission } from '@plateformcoop/model';

// One valid request body per kind of signatory, published in the OpenAPI document. The people
// are fictional; the public bodies' identifiers are the real, public ones (Lille: INSEE 59350,
// SIREN 215903501). The tests post each one and expect 202. `altcha` is a placeholder: a real
// client solves `GET .../challenge` first.

type Example = SignatureSubmission & { altcha: string };
const altcha = '<base64 ALTCHA payload from GET /v1/manifestos/{id}/challenge, solved>';

export const submissionExamples: Record<SignatureSubmission['signatory']['kind'], Example> = {
  collectivity: {
    manifestoId: PLATEFORMCOOP_2023,
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
      },
      representative: {
        givenName: 'Camille',
        familyName: 'Exemple',
        role: 'adjoint',
        function: 'Adjointe à l’économie sociale et solidaire',
        authorised: true,
        email: 'camille.exemple@example.org',
      },
    },
    commitments: [],
    consents: { sign: true, publicDisplay: true, contact: false },
    altcha,
  },
  platform: {
    manifestoId: PLATEFORMCOOP_2023,
    locale: 'fr',
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
        familyName: 'Exemple',
        role: 'gerant',
        authorised: true,
        email: 'contact@velo-partage.example.org',
      },
    },
    commitments: [],
    consents: { sign: true, publicDisplay: false, contact: true },
    altcha,
  },
  organization: {
    manifestoId: PLATEFORMCOOP_2023,
    locale: 'fr',
    signatory: {
      kind: 'organization',
      organization: { type: 'association', name: 'Réseau Exemple ESS' },
      representative: {
        givenName: 'Dominique',
        familyName: 'Exemple',
        role: 'president',
        authorised: true,
        email: 'dominique@reseau-exemple.example.org',
      },
    },
    commitments: [],
    consents: { sign: true, publicDisplay: true, contact: false },
    altcha,
  },
  individual: {
    manifestoId: PLATEFORMCOOP_2023,
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
    commitments: [],
    consents: { sign: true, publicDisplay: false, contact: false },
    altcha,
  },
};
