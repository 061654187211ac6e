import * as z from 'zod/mini';
import { SIGNATURE_STATUSES } from './signature-statuses.js';

export const SignatureStatus = z.enum(SIGNATURE_STATUSES);
export type SignatureStatus = z.infer<typeof SignatureStatus>;
