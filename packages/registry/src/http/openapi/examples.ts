import { exampleSubmissions, type SignatureSubmission } from '@plateformcoop/model';

// One valid request body per kind of signatory, published in the OpenAPI document: the model's
// own examples, with the proof of work that a request carries. `altcha` is a placeholder: a real
// client solves `GET .../challenge` first. The tests post each one and expect 202.

type Example = SignatureSubmission & { altcha: string };
const altcha = '<base64 ALTCHA payload from GET /v1/manifestos/{id}/challenge, solved>';

export const submissionExamples = Object.fromEntries(
  Object.entries(exampleSubmissions).map(([kind, submission]) => [kind, { ...submission, altcha }]),
) as Record<SignatureSubmission['signatory']['kind'], Example>;
