import {
  Deliberation,
  type Locale,
  type SignatureSubmission,
  type StatusAnswer,
} from '@plateformcoop/model';
import {
  messageFor,
  signatureKey,
  type ValidationIssue,
  validateSignature,
} from '@plateformcoop/signature';
import { DomainError } from '../domain-error.js';
import type { RegistryContext } from '../registry-context.js';
import { checkCollectivityExists } from './collectivity-check.js';
import { afterPublication, publishedMailOf } from './publication.js';
import { isoNow, newSignatureRow } from './signature-row.js';
import { moderator } from './status-change.js';
import { newSignatureId } from './submit-signature.js';

/** What a moderator posts: who signed, the commitments adopted, and the deliberation. */
const FIELDS = ['signatory', 'commitments', 'deliberation'] as const;

/**
 * Stands in for a contact address when none is given, only while the core validates the
 * signatory (`.invalid` never delivers); it is taken out before anything is stored.
 */
const NO_CONTACT = 'sans-contact@deliberation.invalid';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issue(
  path: string,
  code: Parameters<typeof messageFor>[0],
  locale: Locale,
): ValidationIssue {
  return { path, code, message: messageFor(code, locale) } as ValidationIssue;
}

/** The deliberation's fields, each problem an issue under `deliberation.`. */
function deliberationOf(
  input: unknown,
  locale: Locale,
): { value?: Deliberation; issues: ValidationIssue[] } {
  if (input === undefined || input === null)
    return { issues: [issue('deliberation', 'field.required', locale)] };
  const parsed = Deliberation.safeParse(input);
  if (parsed.success) return { value: parsed.data, issues: [] };
  return {
    issues: parsed.error.issues.map((i) => {
      const path = [
        'deliberation',
        ...(i.code === 'unrecognized_keys' ? [i.keys[0] ?? ''] : i.path),
      ]
        .map(String)
        .join('.');
      const code =
        i.code === 'unrecognized_keys'
          ? 'field.unknown'
          : i.code === 'invalid_type' && i.input === undefined
            ? 'field.required'
            : 'field.invalid';
      return issue(path, code, locale);
    }),
  };
}

/**
 * The signatory as posted: its representative is authorised by the deliberation itself, and given
 * a stand-in address when it has none.
 */
function withContact(signatory: unknown): { signatory: unknown; contact: boolean } {
  if (!isRecord(signatory) || !isRecord(signatory.representative))
    return { signatory, contact: true };
  const person: Record<string, unknown> = { authorised: true, ...signatory.representative };
  const contact = person.email !== undefined && person.email !== null && person.email !== '';
  return {
    signatory: {
      ...signatory,
      representative: contact ? person : { ...person, email: NO_CONTACT },
    },
    contact,
  };
}

/** The stored submission without the stand-in address. */
function withoutStandIn(submission: SignatureSubmission): SignatureSubmission {
  const signatory = submission.signatory;
  if (signatory.kind === 'individual') return submission;
  const { email: _, ...representative } = signatory.representative;
  return {
    ...submission,
    signatory: { ...signatory, representative } as unknown as SignatureSubmission['signatory'],
  };
}

/**
 * Records a signature that was not made through the form: a collectivity's council (or a body's
 * board) decided it, and a moderator enters it with the deliberation's date and reference. The
 * signatory is checked like a form's (a collectivity against the official list); the signature
 * is published and counted at once, its audit line names the moderator, and a contact address,
 * when given, gets the withdrawal link. The same signatory twice answers 409
 * `signature.duplicate`.
 */
export async function recordDeliberation(
  ctx: RegistryContext,
  manifestoId: string,
  body: unknown,
  by: string,
  locale: Locale,
): Promise<StatusAnswer & { status: 'published' }> {
  const manifesto = ctx.manifestos.get(manifestoId);
  if (!manifesto) throw new DomainError('manifesto.unknown');
  if (!isRecord(body)) throw new DomainError('field.invalid');
  const unknown = Object.keys(body).filter((k) => !(FIELDS as readonly string[]).includes(k));
  if (unknown.length)
    throw new DomainError(
      'submission.invalid',
      unknown.map((k) => issue(k, 'field.unknown', locale)),
    );

  const deliberation = deliberationOf(body.deliberation, locale);
  const { signatory, contact } = withContact(body.signatory);
  const issues: ValidationIssue[] = [...deliberation.issues];
  if (isRecord(signatory) && signatory.kind === 'individual')
    issues.push(issue('signatory.kind', 'kind.not_accepted', locale));
  const validation = validateSignature(
    {
      manifestoId,
      locale,
      signatory,
      commitments: body.commitments ?? [],
      // A council's deliberation is a public act: the body and who signed for it are shown.
      consents: { sign: true, publicDisplay: true, contact: false },
    },
    { manifesto, locale },
  );
  if (!validation.ok) issues.push(...validation.issues);
  if (issues.length || !validation.ok || !deliberation.value)
    throw new DomainError('submission.invalid', issues);
  const checked = checkCollectivityExists(validation.value, ctx.geo());
  if (checked.issues.length) throw new DomainError('submission.invalid', checked.issues);

  const now = ctx.now();
  const at = isoNow(now);
  const id = newSignatureId();
  let key = signatureKey(checked.submission);
  // Without an identifier or a contact, the deliberation itself tells one record from another.
  if (!contact && key.startsWith('contact:'))
    key = `deliberation:${deliberation.value.date}:${deliberation.value.reference.toLowerCase()}`;
  const submission = contact ? checked.submission : withoutStandIn(checked.submission);
  const row = {
    ...newSignatureRow({
      id,
      key,
      submission,
      manifestoHash: manifesto.contentHash,
      now: at,
      geo: ctx.geo(),
    }),
    status: 'published',
    confirmed_at: at,
    published_at: at,
    deliberation: JSON.stringify(deliberation.value),
  };
  // The contact's mail (with the withdrawal link) commits with the record.
  const mail = await publishedMailOf(ctx, row);
  const stored = await ctx.store.transaction(async (tx) => {
    // Published at once: the index of published keys refuses a second one of the entity.
    if (!(await tx.signatures.insert(row))) return false;
    await tx.counterTotals.add(row, 1);
    if (mail) await ctx.mail.acknowledge(mail, tx);
    await tx.auditLog.record({
      signature_id: id,
      manifesto_id: manifestoId,
      from_status: 'pending_confirmation',
      to_status: 'published',
      actor_kind: moderator(by).kind,
      actor_name: by,
      reason: `deliberation ${deliberation.value!.date} ${deliberation.value!.reference}`,
      at: now.toISOString(),
    });
    return true;
  });
  if (!stored) throw new DomainError('signature.duplicate');
  await afterPublication(ctx, row, at);
  return { id, status: 'published', mailed: mail !== undefined };
}
