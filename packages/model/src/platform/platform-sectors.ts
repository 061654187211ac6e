/** The sectors a cooperative platform works in. */
export const PLATFORM_SECTORS = [
  'alimentation',
  'mobilite',
  'livraison',
  'tourisme-hebergement',
  'partage-de-biens',
  'reparation',
  'autre',
] as const;
