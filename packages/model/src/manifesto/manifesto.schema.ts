import * as z from 'zod/mini';
import { boundedText, Locale } from '../primitives/text.js';
import { TEXT_LIMITS } from '../primitives/text-limits.js';
import { Email, HttpUrl, IsoDate, Slug } from '../primitives/web.js';
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
 * A text signed before the current one: kept so that a signature made on it still shows what it
 * signed (its `contentHash` is the one those signatures recorded).
 */
export const ManifestoVersion = z.object({
  version: z.string().check(z.minLength(1)),
  publishedOn: IsoDate,
  contentHash: ContentHash,
  texts: z.object({ fr: ManifestoText, en: z.optional(ManifestoText) }),
});
export type ManifestoVersion = z.infer<typeof ManifestoVersion>;

/** Who runs a campaign, as its mails and pages name it. */
export const Campaign = z.object({
  /** « PlateformCoop », « Plateformes en communs »: in mails' headings and words. */
  name: boundedText(TEXT_LIMITS.name),
  /** An address people may write to about the campaign (shown on pages and in mails). */
  contact: z.optional(Email),
  /** The campaign's own site. */
  website: z.optional(HttpUrl),
});
export type Campaign = z.infer<typeof Campaign>;

/**
 * The campaign around a manifesto, all optional: when it may be signed, its goal, who is
 * checked by a moderator, who runs it. None of it is part of the content hash.
 */
export const campaignFields = {
  /** The first day it may be signed (Paris time); before it, signing answers `manifesto.closed`. */
  opensOn: z.optional(IsoDate),
  /** The last day it may be signed (Paris time); after it, signing answers `manifesto.closed`. */
  closesOn: z.optional(IsoDate),
  /** The goal its counters show (instead of the registry's `COUNTER_GOAL`). */
  goal: z.optional(z.int().check(z.positive())),
  /** The kinds a moderator publishes after confirmation (instead of `MODERATION_POLICY`). */
  moderatedKinds: z.optional(z.array(SignatoryKind)),
  /** Who runs the campaign (instead of the registry's `CAMPAIGN_NAME`). */
  campaign: z.optional(Campaign),
  /** The texts of earlier versions, newest first. */
  previousVersions: z.optional(z.array(ManifestoVersion)),
};

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
  ...campaignFields,
});
export type Manifesto = z.infer<typeof Manifesto>;

/**
 * A manifesto as a registry's definition file writes it (`MANIFESTOS_DIR`): the `Manifesto`,
 * whose `contentHash` may be left out (the registry computes it; a wrong one is refused), and
 * nothing else at its top level (a misspelt field is an error, not a silent default).
 */
export const ManifestoDefinition = z.strictObject({
  /** The JSON Schema the file follows, for editors. */
  $schema: z.optional(z.string()),
  ...Manifesto.shape,
  contentHash: z.optional(ContentHash),
});
export type ManifestoDefinition = z.infer<typeof ManifestoDefinition>;
