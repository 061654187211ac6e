import * as z from 'zod/mini';
import { SIGNATORY_KINDS } from './signatory-kinds.js';

export const SignatoryKind = z.enum(SIGNATORY_KINDS);
export type SignatoryKind = z.infer<typeof SignatoryKind>;
