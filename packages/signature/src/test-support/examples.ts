/**
 * Submissions as real signers would send them, built on public identifiers of real bodies
 * (Sirene and the COG): Lille (commune 59350, SIREN 215 903 501), the Métropole Européenne de
 * Lille (EPCI, SIREN 200 093 201), Ajaccio (2A004, SIREN 212 000 046), Saint-Denis de La Réunion
 * (97411, SIREN 219 740 115). The people and addresses are invented.
 */
export const lilleCommune = {
  manifestoId: 'plateformcoop-2023',
  locale: 'fr',
  signatory: {
    kind: 'collectivity',
    collectivity: {
      type: 'commune',
      name: 'Ville de Lille',
      inseeCode: '59350',
      siren: '215903501',
      population: 236710,
    },
    representative: {
      givenName: 'Camille',
      familyName: 'Martin',
      role: 'adjoint',
      function: "Adjointe à l'économie sociale et solidaire",
      authorised: true,
      email: 'camille.martin@example.org',
    },
  },
  commitments: ['sensibiliser-elus-et-agents', 'adapter-les-achats-publics'],
  consents: { sign: true, publicDisplay: true, contact: false },
};

export const melEpci = {
  manifestoId: 'plateformcoop-2023',
  locale: 'fr',
  signatory: {
    kind: 'collectivity',
    collectivity: {
      type: 'epci',
      epciType: 'metropole',
      name: 'Métropole Européenne de Lille',
      siren: '200093201',
    },
    representative: {
      givenName: 'Dominique',
      familyName: 'Leroy',
      role: 'charge-de-mission',
      authorised: true,
      email: 'd.leroy@example.org',
    },
  },
  commitments: [],
  consents: { sign: true, publicDisplay: false, contact: true },
};

export const mobicoopPlatform = {
  manifestoId: 'plateformcoop-2023',
  locale: 'fr',
  signatory: {
    kind: 'platform',
    platform: {
      name: 'Mobicoop',
      website: 'https://www.mobicoop.fr/',
      sector: 'mobilite',
      legalForm: 'scic',
      territory: 'France',
      software: { name: 'Mobicoop Platform', license: 'AGPL-3.0-or-later' },
    },
    representative: {
      givenName: 'Alex',
      familyName: 'Durand',
      role: 'salarie',
      authorised: true,
      email: 'alex.durand@example.org',
    },
  },
  commitments: ['utiliser-et-promouvoir'],
  consents: { sign: true, publicDisplay: true, contact: true },
};

export const essNetwork = {
  manifestoId: 'plateformcoop-2023',
  locale: 'en',
  signatory: {
    kind: 'organization',
    organization: {
      type: 'ess-network',
      name: 'Réseau ESS exemple',
      website: 'https://reseau-ess.example.org/',
    },
    representative: {
      givenName: 'Sam',
      familyName: 'Petit',
      role: 'president',
      authorised: true,
      email: 'sam.petit@example.org',
    },
  },
  commitments: [],
  consents: { sign: true, publicDisplay: false, contact: false },
};

export const citizen = {
  manifestoId: 'plateformcoop-2023',
  locale: 'fr',
  signatory: {
    kind: 'individual',
    individual: {
      givenName: 'Léa',
      familyName: 'Bernard',
      email: 'lea.bernard@example.org',
      postalCode: '59000',
    },
  },
  commitments: ['utiliser-et-promouvoir'],
  consents: { sign: true, publicDisplay: false, contact: false },
};

/** One valid submission of each kind. */
export const validSubmissions = {
  lilleCommune,
  melEpci,
  mobicoopPlatform,
  essNetwork,
  citizen,
} as const;

/** A deep copy to edit in a test. */
export function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
