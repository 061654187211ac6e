/** Legal subtypes of an EPCI à fiscalité propre, as the COG names them (CC, CA, CU, METRO, MET69). */
export const EPCI_TYPES = ['cc', 'ca', 'cu', 'metropole', 'metropole-de-lyon'] as const;
