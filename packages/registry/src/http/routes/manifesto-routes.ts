import { CHALLENGE_PATH, MANIFESTO_PATH, MANIFESTOS_PATH, Manifesto } from '@plateformcoop/model';
import { createProofOfWorkChallenge } from '@plateformcoop/signature';
import { z } from 'zod';
import { DomainError } from '../../domain-error.js';
import { idParameter } from '../query-parameters.js';
import { defineRoute, jsonAnswer } from '../route.js';

const CHALLENGE_TTL_MS = 20 * 60_000;

/** An ALTCHA challenge (altcha-lib v2): solve it and send the payload as `altcha`. */
const Challenge = z
  .object({
    parameters: z.record(z.string(), z.unknown()).describe('The puzzle: algorithm, salt, cost…'),
    signature: z.string(),
  })
  .meta({ id: 'Challenge' });

/** The manifestos, and a proof-of-work challenge to sign one. */
export const manifestoRoutes = [
  defineRoute({
    method: 'get',
    path: MANIFESTOS_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=300',
    operationId: 'listManifestos',
    summary: 'The manifestos served, with their commitments',
    tags: ['manifestos'],
    answers: {
      200: jsonAnswer('The manifestos', z.array(Manifesto)),
    },
    handle: (ctx) => {
      const list = [...ctx.manifestos.values()];
      return (c) => {
        return c.json(list);
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: MANIFESTO_PATH,
    exposure: 'embeddable',
    cache: 'public, max-age=300',
    operationId: 'getManifesto',
    summary: 'One manifesto, with its commitments',
    tags: ['manifestos'],
    params: idParameter,
    answers: {
      200: jsonAnswer('The manifesto', Manifesto),
    },
    errors: ['manifesto.unknown'],
    handle:
      (ctx) =>
      (c, { params }) => {
        const manifesto = ctx.manifestos.get(params.id);
        if (!manifesto) throw new DomainError('manifesto.unknown');
        return c.json(manifesto);
      },
  }),
  defineRoute({
    method: 'get',
    path: CHALLENGE_PATH,
    exposure: 'embeddable',
    cache: 'no-store',
    rateLimit: 'challenges',
    operationId: 'getChallenge',
    summary: 'A proof-of-work challenge for the signature form, valid 20 minutes',
    tags: ['signing'],
    params: idParameter,
    answers: {
      200: jsonAnswer('A challenge', Challenge),
    },
    errors: ['manifesto.unknown'],
    handle:
      (ctx) =>
      async (c, { params }) => {
        if (!ctx.manifestos.has(params.id)) throw new DomainError('manifesto.unknown');
        const challenge = await createProofOfWorkChallenge({
          hmacKey: ctx.challengeSecret,
          expiresAt: new Date(ctx.now().getTime() + CHALLENGE_TTL_MS),
          cost: ctx.config.powCost,
        });
        return c.json(challenge);
      },
  }),
];
