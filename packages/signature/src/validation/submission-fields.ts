/**
 * The top-level fields of a submission, as the model's `SignatureSubmission` has them (the test
 * next to this file proves the two lists equal). Spelled out here so that the form's browser
 * bundle needs the field names, not the schema and zod behind them.
 */
export const SUBMISSION_FIELDS: Readonly<Record<string, true>> = {
  manifestoId: true,
  manifestoHash: true,
  locale: true,
  signatory: true,
  commitments: true,
  consents: true,
  signedFrom: true,
};
