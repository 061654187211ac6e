import type { Challenge } from 'altcha-lib';
import { submissionExamples } from '../http/openapi/examples.js';
import type { RunningRegistry } from '../serve.js';
import { solveAltcha } from './solve-challenge.js';
import { MANIFESTO, type OutboxMailer, tokenIn } from './test-registry.js';

/**
 * A citizen signs through the registry's HTTP API (challenge solved, submission posted) and
 * confirms through the link of the mail the registry sent to `outbox`: one more published
 * signature, as a browser would make it. `email` must differ between signatures. Returns its id.
 */
export async function publishCitizen(
  running: RunningRegistry,
  outbox: OutboxMailer,
  email: string,
): Promise<string> {
  const example = submissionExamples.individual;
  if (example.signatory.kind !== 'individual') throw new Error('the example is a citizen');
  const challenge = (await (
    await fetch(`${running.url}/v1/manifestos/${MANIFESTO}/challenge`)
  ).json()) as Challenge;
  const signed = await fetch(`${running.url}/v1/manifestos/${MANIFESTO}/signatures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...example,
      signatory: { kind: 'individual', individual: { ...example.signatory.individual, email } },
      consents: { ...example.consents, publicDisplay: true },
      altcha: await solveAltcha(challenge),
    }),
  });
  if (signed.status !== 202) throw new Error(`signing answered ${signed.status}`);
  const { id } = (await signed.json()) as { id: string };
  await running.registry.idle();
  const confirmed = await fetch(`${running.url}/v1/confirmations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: tokenIn(outbox.to(email)[0], 'confirm') }),
  });
  if (confirmed.status !== 200) throw new Error(`confirming answered ${confirmed.status}`);
  await running.registry.idle();
  return id;
}

/** Every published signatory of the manifesto, newest first, through the public API. */
export async function publishedSignatories(base: string): Promise<{ id: string }[]> {
  const all: { id: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = (await (
      await fetch(
        `${base}/v1/manifestos/${MANIFESTO}/signatories?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      )
    ).json()) as { items: { id: string }[]; nextCursor?: string };
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/** The manifesto's published total, as its counter serves it. */
export async function publishedTotal(base: string): Promise<number> {
  const response = await fetch(`${base}/v1/manifestos/${MANIFESTO}/counter`);
  return ((await response.json()) as { total: number }).total;
}
