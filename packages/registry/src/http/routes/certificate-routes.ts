import {
  CERTIFICATE_JWS_PATH,
  CERTIFICATE_PAGE_PATH,
  CERTIFICATE_PDF_PATH,
} from '@plateformcoop/model';
import { DomainError } from '../../domain-error.js';
import { type CertificateFacts, certificateOf } from '../../exports/certificate.js';
import { signCertificate } from '../../exports/certificate-jws.js';
import { certificatePdf } from '../../exports/certificate-pdf.js';
import type { RegistryContext } from '../../registry-context.js';
import { campaignFor } from '../../signatures/campaign-of.js';
import { certificatePage } from '../pages/certificate-page.js';
import { idParameter } from '../query-parameters.js';
import { defineRoute, textAnswer } from '../route.js';

/** The certificate of a published (or since withdrawn) signature, read now from the registry. */
async function certificateFor(ctx: RegistryContext, id: string): Promise<CertificateFacts> {
  const row = await ctx.store.signatures.findById(id);
  const manifesto = row && ctx.manifestos.get(row.manifesto_id);
  const facts = row && manifesto && certificateOf(row, manifesto, ctx.config.publicUrl);
  // Never published (pending, rejected, expired) or unknown: there is nothing to certify.
  if (!facts) throw new DomainError('not_found');
  return facts;
}

const WHICH =
  '`id` is the signature’s public id, its entry’s `id` in the public list. A signature that was never published has none (404); one withdrawn since keeps it, stating the withdrawal.';

/**
 * A certificate per published signature: its page (printable, A4), the same as a PDF whose QR
 * code leads to the page, and its facts signed by the registry's key. The files come first:
 * `/certificates/{id}` would otherwise take `abc.pdf` for an id.
 */
export const certificateRoutes = [
  defineRoute({
    method: 'get',
    path: CERTIFICATE_PDF_PATH,
    exposure: 'embeddable',
    // The state is the one of the moment it is made; its QR code leads to the page that tells it later.
    cache: 'no-cache',
    operationId: 'getCertificatePdf',
    summary: 'A signature’s certificate as an A4 PDF, with a QR code leading to its page',
    description: `${WHICH} In French or English (\`Accept-Language\`).`,
    tags: ['certificates'],
    params: idParameter,
    answers: { 200: textAnswer('A PDF document', 'application/pdf') },
    errors: ['not_found'],
    handle:
      (ctx) =>
      async (c, { params }) => {
        const facts = await certificateFor(ctx, params.id);
        const locale = c.get('locale');
        const campaign = campaignFor(ctx, facts.manifesto.id);
        const pdf = await certificatePdf(facts, locale, campaign, ctx.now());
        return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `inline; filename="certificate-${facts.id}.pdf"`,
          Vary: 'Accept-Language',
        });
      },
  }),
  defineRoute({
    method: 'get',
    path: CERTIFICATE_JWS_PATH,
    exposure: 'embeddable',
    cache: 'no-cache',
    operationId: 'getCertificateJws',
    summary: 'A certificate’s facts signed by the registry (compact JWS, EdDSA)',
    description: `${WHICH} Header \`typ: plateformcoop-certificate+jwt\`; verify it against the JWKS (\`/.well-known/jwks.json\`). \`iat\` dates the state it states.`,
    tags: ['certificates'],
    params: idParameter,
    answers: { 200: textAnswer('A compact JWS', 'application/jose') },
    errors: ['not_found'],
    handle:
      (ctx) =>
      async (c, { params }) => {
        const facts = await certificateFor(ctx, params.id);
        const jws = await signCertificate(
          facts,
          ctx.keys.signingKey,
          ctx.config.publicUrl,
          ctx.now(),
        );
        return c.body(jws, 200, {
          'Content-Type': 'application/jose',
          'Content-Disposition': `attachment; filename="certificate-${facts.id}.jws"`,
        });
      },
  }),
  defineRoute({
    method: 'get',
    path: CERTIFICATE_PAGE_PATH,
    exposure: 'public',
    // The signature's state now: revalidated at each visit, one copy per language.
    cache: 'no-cache',
    operationId: 'getCertificatePage',
    summary: 'A signature’s certificate, a printable page that tells its current state',
    description: `${WHICH} In French or English (\`Accept-Language\`); A4 print styles.`,
    tags: ['certificates'],
    params: idParameter,
    answers: { 200: textAnswer('An HTML page', 'text/html') },
    errors: ['not_found'],
    handle:
      (ctx) =>
      async (c, { params }) => {
        const facts = await certificateFor(ctx, params.id);
        const { html, csp } = certificatePage({
          facts,
          locale: c.get('locale'),
          campaign: campaignFor(ctx, facts.manifesto.id),
          now: ctx.now(),
        });
        c.header('Content-Security-Policy', csp);
        c.header('Vary', 'Accept-Language');
        return c.html(html);
      },
  }),
];
