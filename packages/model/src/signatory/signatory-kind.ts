import * as z from 'zod/mini';

/** Who may sign a manifesto. */
export const SIGNATORY_KINDS = ['collectivity', 'platform', 'organization', 'individual'] as const;
export const SignatoryKind = z.enum(SIGNATORY_KINDS);
export type SignatoryKind = z.infer<typeof SignatoryKind>;
