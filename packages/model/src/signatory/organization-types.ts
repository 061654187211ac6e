/** The kinds of organisations that support the manifesto. */
export const ORGANIZATION_TYPES = ['ess-network', 'association', 'company', 'other'] as const;
