/** Who may sign a manifesto. */
export const SIGNATORY_KINDS = ['collectivity', 'platform', 'organization', 'individual'] as const;
