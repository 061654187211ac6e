import * as z from 'zod/mini';
import { LocalizedText } from '../primitives/text.js';
import { Slug } from '../primitives/web.js';
import { SignatoryKind } from '../signatory/signatory-kind.schema.js';

/** A group of commitments, as the manifesto's text groups them. */
export const CommitmentGroup = z.object({
  id: Slug,
  title: LocalizedText,
});
export type CommitmentGroup = z.infer<typeof CommitmentGroup>;

/** A "modalité": something a signer commits to do. */
export const Commitment = z.object({
  id: Slug,
  /** The group (section of the text) it belongs to. */
  group: Slug,
  label: LocalizedText,
  description: LocalizedText,
  /** The kinds of signatory for whom it is meant. */
  forKinds: z.array(SignatoryKind).check(z.minLength(1)),
});
export type Commitment = z.infer<typeof Commitment>;
