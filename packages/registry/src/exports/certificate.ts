import {
  apiPath,
  CERTIFICATE_PAGE_PATH,
  type Deliberation,
  type LocalizedText,
  type Manifesto,
  type PublicSignatory,
} from '@plateformcoop/model';
import { publicSignatoryOf } from '../signatures/signature-row.js';
import type { SignatureRow } from '../store/signature-store.js';
import { deliberationOf, signedContentOf } from './signing-channel.js';

/** Where a certificate's signature stands now, as the registry knows it. */
export type CertificateState =
  | { status: 'published' }
  | { status: 'withdrawn'; withdrawnAt: string };

/**
 * What a certificate states, in both languages where words are concerned: built from the
 * registry's row at each request, so that the page tells the signature's current state.
 */
export interface CertificateFacts {
  /** The signature's public id (its entry's `id` in the public list). */
  id: string;
  /** The address of the certificate's page, which the QR code carries. */
  url: string;
  /**
   * Who signed, through the public projection (no e-mail, no phone, a person's name only with
   * consent). After a withdrawal the registry keeps no name: only the kind and the place stay.
   */
  signatory: PublicSignatory;
  manifesto: {
    id: string;
    title: LocalizedText;
    /** The version signed; absent when the text signed is not the one the registry serves. */
    version?: string;
    /** The content hash of the text signed (`sha256:…`). */
    contentHash: string;
  };
  /** The commitments adopted, with their words (an id the manifesto no longer has stays bare). */
  commitments: { id: string; label?: LocalizedText }[];
  /** When the signature was made (confirmed by its signer, or recorded by the campaign). */
  signedAt: string;
  publishedAt: string;
  /** `offline`: recorded from a council deliberation, whose date and reference are given. */
  channel: 'online' | 'offline';
  deliberation?: Deliberation;
  state: CertificateState;
}

/**
 * The certificate of a row, or `undefined` when there is none to give: a signature that was never
 * published (pending, rejected, expired) has no certificate; a published one that was withdrawn
 * keeps its certificate, which then says so.
 */
export function certificateOf(
  row: SignatureRow,
  manifesto: Manifesto,
  publicUrl: string,
): CertificateFacts | undefined {
  if (!row.published_at) return undefined;
  let state: CertificateState;
  if (row.status === 'published') state = { status: 'published' };
  else if (row.status === 'withdrawn' && row.withdrawn_at)
    state = { status: 'withdrawn', withdrawnAt: row.withdrawn_at };
  else return undefined;
  const signed = signedContentOf(row, manifesto);
  const deliberation = deliberationOf(row);
  const labels = new Map(manifesto.commitments.map((c) => [c.id, c.label]));
  const signatory = publicSignatoryOf(row, manifesto);
  return {
    id: row.id,
    url: `${publicUrl}${apiPath(CERTIFICATE_PAGE_PATH, { id: row.id })}`,
    signatory,
    manifesto: {
      id: manifesto.id,
      title: {
        fr: manifesto.texts.fr.title,
        en: manifesto.texts.en?.title ?? manifesto.texts.fr.title,
      },
      ...(signed.version ? { version: signed.version } : {}),
      contentHash: signed.contentHash,
    },
    commitments: signatory.commitments.map((id) => {
      const label = labels.get(id);
      return label ? { id, label } : { id };
    }),
    signedAt: row.confirmed_at ?? row.created_at,
    publishedAt: row.published_at,
    channel: deliberation ? 'offline' : 'online',
    ...(deliberation ? { deliberation } : {}),
    state,
  };
}
