/** The kinds of French public bodies that sign as a collectivity. */
export const COLLECTIVITY_TYPES = [
  'commune',
  'commune-deleguee',
  'commune-associee',
  'epci',
  'ept',
  'syndicat',
  'petr',
  'pole-metropolitain',
  'departement',
  'region',
  'collectivite-statut-particulier',
  'collectivite-outre-mer',
  'autre-organisme-public',
] as const;
