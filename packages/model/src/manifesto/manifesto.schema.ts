import * as z from 'zod/mini';
import { Locale } from '../primitives/text.js';
import { IsoDate, Slug } from '../primitives/web.js';
import { SignatoryKind } from '../signatory/signatory-kind.schema.js';
import { ContentHash } from '../signature/signature-submission.schema.js';
import { Commitment, CommitmentGroup } from './commitment.schema.js';

/** One section of the text: an optional heading and its paragraphs. */
export const ManifestoSection = z.object({
  id: Slug,
  heading: z.optional(z.string().check(z.minLength(1))),
  paragraphs: z.array(z.string().check(z.minLength(1))),
});
export type ManifestoSection = z.infer<typeof ManifestoSection>;

/** The text in one language. */
export const ManifestoText = z.object({
  title: z.string().check(z.minLength(1)),
  subtitle: z.optional(z.string()),
  sections: z.array(ManifestoSection).check(z.minLength(1)),
});
export type ManifestoText = z.infer<typeof ManifestoText>;

/**
 * A manifesto that can be signed. `contentHash` is the SHA-256 of its canonical content (see
 * `manifestoContentHash`) so that a signature records exactly which text was signed.
 */
export const Manifesto = z.object({
  id: Slug,
  version: z.string().check(z.minLength(1)),
  publishedOn: IsoDate,
  /** The language of the authoritative text. */
  originalLocale: Locale,
  /** The text, by language; the original language is always present. */
  texts: z.object({ fr: ManifestoText, en: z.optional(ManifestoText) }),
  commitmentGroups: z.array(CommitmentGroup),
  commitments: z.array(Commitment),
  acceptedKinds: z.array(SignatoryKind).check(z.minLength(1)),
  contentHash: ContentHash,
});
export type Manifesto = z.infer<typeof Manifesto>;
