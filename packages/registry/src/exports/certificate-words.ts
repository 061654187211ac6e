import { type Locale, labelOf } from '@plateformcoop/model';
import { type MessageCode, messageFor } from '@plateformcoop/signature';
import type { CertificateFacts } from './certificate.js';

/** A labelled line of a certificate (`Code INSEE` — `59350`). */
export interface CertificateRow {
  label: string;
  value: string;
  /** A code or a hash, set in a fixed-width font on the page. */
  code?: boolean;
}

/**
 * What a certificate says, worded in one language: the page and the PDF lay out the same
 * sections, so that the printed page and the PDF never differ in what they state.
 */
export interface CertificateText {
  title: string;
  intro: string;
  signatory: { heading: string; rows: CertificateRow[] };
  manifesto: { heading: string; rows: CertificateRow[] };
  commitments: { heading: string; items: string[] };
  dates: { heading: string; rows: CertificateRow[] };
  state: { heading: string; sentence: string; withdrawn: boolean; verify: string };
  qrLabel: string;
  issued: string;
}

/** A date (or a time, shown as its day in France) in the reader's language: `14 mars 2026`. */
export function dayOf(iso: string, locale: Locale): string {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'Europe/Paris',
  }).format(date);
}

/** The certificate's facts in words, in `locale`, issued at `now` by the campaign's registry. */
export function certificateText(
  facts: CertificateFacts,
  locale: Locale,
  campaign: string,
  now: Date,
): CertificateText {
  const words = (code: MessageCode, params?: Record<string, string>) =>
    messageFor(code, locale, params);
  const s = facts.signatory;
  const withdrawn = facts.state.status === 'withdrawn';
  const name =
    s.name ??
    (withdrawn
      ? `(${words('page.certificate.name_erased')})`
      : `(${words('page.certificate.name_withheld')})`);
  const kind = s.collectivityType
    ? labelOf('collectivityType', s.collectivityType, locale)
    : s.organizationType
      ? labelOf('organizationType', s.organizationType, locale)
      : labelOf('signatoryKind', s.kind, locale);
  const signatory: CertificateRow[] = [
    { label: words('page.certificate.name'), value: name },
    { label: words('page.certificate.kind'), value: kind },
  ];
  if (s.inseeCode)
    signatory.push({ label: words('page.certificate.insee'), value: s.inseeCode, code: true });
  if (s.siren)
    signatory.push({ label: words('page.certificate.siren'), value: s.siren, code: true });
  if (s.departementCode)
    signatory.push({ label: words('page.certificate.departement'), value: s.departementCode });
  if (s.representative)
    signatory.push({
      label: words('page.certificate.representative'),
      value: [
        s.representative.name,
        s.representative.function ?? labelOf('representativeRole', s.representative.role, locale),
      ].join(', '),
    });
  const manifesto: CertificateRow[] = [
    {
      label: words('page.certificate.manifesto'),
      value: facts.manifesto.title[locale] ?? facts.manifesto.title.fr,
    },
    {
      label: words('page.certificate.version'),
      value: facts.manifesto.version ?? words('page.certificate.version_other'),
    },
    {
      label: words('page.certificate.hash'),
      value: facts.manifesto.contentHash,
      code: true,
    },
  ];
  const dates: CertificateRow[] = [
    { label: words('page.certificate.signed_at'), value: dayOf(facts.signedAt, locale) },
    { label: words('page.certificate.published_at'), value: dayOf(facts.publishedAt, locale) },
    {
      label: words('page.certificate.channel'),
      value: words(
        facts.channel === 'offline'
          ? 'page.certificate.channel.offline'
          : 'page.certificate.channel.online',
      ),
    },
  ];
  if (facts.deliberation)
    dates.push({
      label: words('page.certificate.deliberation'),
      value: words('page.certificate.deliberation_value', {
        date: dayOf(facts.deliberation.date, locale),
        reference: facts.deliberation.reference,
      }),
    });
  return {
    title: words('page.certificate.title'),
    intro: words('page.certificate.intro', { campaign }),
    signatory: { heading: words('page.certificate.signatory'), rows: signatory },
    manifesto: { heading: words('page.certificate.manifesto'), rows: manifesto },
    commitments: {
      heading: words('page.certificate.commitments'),
      items: facts.commitments.length
        ? facts.commitments.map((c) => c.label?.[locale] ?? c.id)
        : [words('page.certificate.no_commitment')],
    },
    dates: { heading: words('page.certificate.dates'), rows: dates },
    state: {
      heading: words('page.certificate.state'),
      sentence:
        facts.state.status === 'withdrawn'
          ? words('page.certificate.state.withdrawn', {
              date: dayOf(facts.state.withdrawnAt, locale),
            })
          : words('page.certificate.state.published'),
      withdrawn,
      verify: words('page.certificate.verify'),
    },
    qrLabel: words('page.certificate.qr'),
    issued: words('page.certificate.issued', { date: dayOf(now.toISOString(), locale), campaign }),
  };
}
