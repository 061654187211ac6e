import type { Platform } from '../platform/platform.schema.js';

// The six platforms the manifesto names, with what public sources say of them. A fact that no
// public source gives (a legal form, a licence, even a website) is left out, never guessed.
// Descriptions paraphrase how the manifesto presents each one.
export const platforms: Platform[] = [
  {
    slug: 'coopcircuits',
    name: 'CoopCircuits',
    sector: 'alimentation',
    description: {
      fr: 'Plateforme coopérative de circuits courts alimentaires : acheter aux producteurs locaux.',
      en: 'Cooperative platform for short food supply chains: buy from local producers.',
    },
    website: 'https://www.coopcircuits.fr',
    territory: 'France',
    legalForm: 'scic',
    software: {
      name: 'Open Food Network',
      license: 'AGPL-3.0-only',
      repository: 'https://github.com/openfoodfoundation/openfoodnetwork',
    },
  },
  {
    slug: 'mobicoop',
    name: 'Mobicoop',
    sector: 'mobilite',
    description: {
      fr: 'Plateforme coopérative de covoiturage et de mobilité partagée.',
      en: 'Cooperative platform for car sharing and shared mobility.',
    },
    website: 'https://www.mobicoop.fr',
    territory: 'France',
    legalForm: 'scic',
    software: {
      name: 'Mobicoop Platform',
      license: 'AGPL-3.0-only',
      repository: 'https://gitlab.com/mobicoop/mobicoop-platform',
    },
  },
  {
    slug: 'coopcycle',
    name: 'CoopCycle',
    sector: 'livraison',
    description: {
      fr: 'Fédération de coopératives de coursiers à vélo salariés, pour la livraison de repas et de colis.',
      en: 'Federation of cooperatives of salaried bike couriers, for meal and parcel delivery.',
    },
    website: 'https://coopcycle.org',
    // CoopCycle's software is under its own "Coopyleft" licence, which has no SPDX identifier.
    software: { name: 'CoopCycle', repository: 'https://github.com/coopcycle/coopcycle-web' },
  },
  {
    slug: 'les-oiseaux-de-passage',
    name: 'Les oiseaux de passage',
    sector: 'tourisme-hebergement',
    description: {
      fr: 'Plateforme coopérative de tourisme et de locations de vacances.',
      en: 'Cooperative platform for tourism and holiday rentals.',
    },
    website: 'https://lesoiseauxdepassage.coop',
  },
  {
    slug: 'tipimi',
    name: 'Tipimi',
    sector: 'partage-de-biens',
    description: {
      fr: 'Plateforme de partage de biens et d’outils entre voisins.',
      en: 'Platform for sharing goods and tools between neighbours.',
    },
    website: 'https://www.tipimi.fr',
  },
  {
    slug: 'rustine-libre',
    name: 'Rustine libre',
    sector: 'reparation',
    description: {
      fr: 'Plateforme pour la réparation de votre vélo.',
      en: 'Platform for getting your bike repaired.',
    },
  },
];
