import {
  CONFIRMATIONS_PATH,
  RESENDS_PATH,
  ResendAnswer,
  SIGNATURES_PATH,
  SignatureSubmission,
  StatusAnswer,
  SubmissionReceipt,
  WITHDRAWALS_PATH,
} from '@plateformcoop/model';
import { z } from 'zod';
import type { RegistryContext } from '../../registry-context.js';
import { resendMail } from '../../signatures/resend-mail.js';
import { submitSignature } from '../../signatures/submit-signature.js';
import { confirmSignature, withdrawSignature } from '../../signatures/token-actions.js';
import { submissionExamples } from '../openapi/examples.js';
import { idParameter } from '../query-parameters.js';
import { defineRoute, jsonAnswer } from '../route.js';

/** A submission as posted: the model's, with the solved proof of work. */
const SubmissionRequest = z
  .intersection(
    SignatureSubmission,
    z.object({
      altcha: z
        .string()
        .describe('The solved proof of work, in ALTCHA payload format (base64 JSON).'),
    }),
  )
  .meta({ id: 'SubmissionRequest' });

/** The token of a mail's link. */
const TokenRequest = z.strictObject({ token: z.string() }).meta({ id: 'TokenRequest' });

const statusAnswer = (description: string) => jsonAnswer(description, StatusAnswer);

/** A post of a mail link's token (`{ token }`), which the workflow `act` checks and acts on. */
function tokenRoute(route: {
  path: string;
  operationId: string;
  summary: string;
  answer: string;
  act: (ctx: RegistryContext, body: unknown) => Promise<StatusAnswer>;
}) {
  return defineRoute({
    method: 'post',
    path: route.path,
    exposure: 'public',
    rateLimit: 'tokens',
    operationId: route.operationId,
    summary: route.summary,
    tags: ['signing'],
    body: { schema: TokenRequest },
    answers: { 200: statusAnswer(route.answer) },
    errors: [
      'token.invalid',
      'token.purpose',
      'token.expired',
      'field.unknown',
      'transition.forbidden',
      'signature.confirmed',
      'signature.published',
      'signature.rejected',
      'signature.withdrawn',
      'signature.expired',
    ],
    handle:
      (ctx) =>
      async (c, { body }) =>
        c.json(await route.act(ctx, body)),
  });
}

/** Signing, confirming and withdrawing: the only writes the public can make. */
export const signatureRoutes = [
  defineRoute({
    method: 'post',
    path: SIGNATURES_PATH,
    exposure: 'embeddable',
    rateLimit: 'submissions',
    operationId: 'submitSignature',
    summary: 'Sign: stores a pending signature and mails a confirmation link',
    description:
      'The same answer for a repeated signature, which gets an "already signed" mail instead: nobody learns from it who signed.',
    tags: ['signing'],
    params: idParameter,
    body: {
      schema: SubmissionRequest,
      examples: Object.fromEntries(
        Object.entries(submissionExamples).map(([kind, value]) => [
          kind,
          { summary: `A ${kind} signs`, value },
        ]),
      ),
    },
    answers: {
      202: jsonAnswer(
        'Accepted: a confirmation link is mailed. `moderated`: a moderator checks this kind once confirmed; `resendToken`: for `POST /v1/resends`',
        SubmissionReceipt,
      ),
    },
    errors: [
      'manifesto.unknown',
      'manifesto.closed',
      'manifesto.outdated',
      'submission.invalid',
      'challenge.required',
      'challenge.invalid',
      'challenge.expired',
      'challenge.replayed',
    ],
    handle:
      (ctx) =>
      async (c, { params, body }) =>
        c.json(await submitSignature(ctx, params.id, body, c.get('locale')), 202),
  }),
  tokenRoute({
    path: CONFIRMATIONS_PATH,
    operationId: 'confirmSignature',
    summary: 'Confirms a signature with the token of its mail link',
    answer:
      '`published`, or `confirmed` while it awaits moderation; `mailed` when the mail with the withdrawal link went out. A signature in another state answers 409 with where it stands (`signature.*`)',
    act: confirmSignature,
  }),
  tokenRoute({
    path: WITHDRAWALS_PATH,
    operationId: 'withdrawSignature',
    summary: 'Withdraws a signature with the token of its mail link; its personal data is erased',
    answer:
      'Withdrawn; `mailed` when the acknowledgement went out. A signature already withdrawn, rejected or expired answers 409 (`signature.*`)',
    act: withdrawSignature,
  }),
  defineRoute({
    method: 'post',
    path: RESENDS_PATH,
    exposure: 'embeddable',
    rateLimit: 'tokens',
    operationId: 'resendMail',
    summary: 'Sends a signature’s confirmation mail again, while it waits for its confirmation',
    description:
      'With the `resendToken` of the submission’s answer (or of an expired link’s page). The answer is the same whatever the signature’s state, or whether it exists; the daily cap of mails per address applies.',
    tags: ['signing'],
    body: { schema: TokenRequest },
    answers: { 202: jsonAnswer('Accepted (whatever the signature’s state)', ResendAnswer) },
    errors: ['token.invalid', 'token.purpose', 'token.expired', 'field.unknown'],
    handle:
      (ctx) =>
      async (c, { body }) =>
        c.json(await resendMail(ctx, body), 202),
  }),
];
