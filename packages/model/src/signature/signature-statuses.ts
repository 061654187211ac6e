/**
 * Where a signature stands. The transitions between them are the signature core's
 * (`transition` in @plateformcoop/signature).
 */
export const SIGNATURE_STATUSES = [
  'pending_confirmation',
  'confirmed',
  'published',
  'rejected',
  'withdrawn',
  'expired',
] as const;
