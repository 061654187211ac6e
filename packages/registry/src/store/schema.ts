/** One signature. Personal data lives only in `submission` (JSON) and is erased by retention. */
export interface SignatureTable {
  id: string;
  manifesto_id: string;
  /** The deduplication key from the signature core; `null` once the row no longer blocks a new one. */
  signature_key: string | null;
  status: string;
  kind: string;
  locale: string;
  manifesto_hash: string;
  /** The validated submission as JSON (signatory, commitments, consents); `null` once erased. */
  submission: string | null;
  /** The commitments adopted (JSON array of ids): not personal, kept for history. */
  commitments: string;
  /** Institutional facts, public and kept after anonymisation (never a person's name). */
  entity_name: string | null;
  collectivity_type: string | null;
  siren: string | null;
  insee_code: string | null;
  departement_code: string | null;
  region_code: string | null;
  population: number | null;
  platform_slug: string | null;
  /** Lowercase, accent-free public name for `q` searches; `null` when nothing may be searched. */
  search_text: string | null;
  created_at: string;
  confirmed_at: string | null;
  published_at: string | null;
  rejected_at: string | null;
  withdrawn_at: string | null;
  expired_at: string | null;
  erased_at: string | null;
  /** The deliberation it was recorded from (JSON `{ date, reference, url? }`), public; else `null`. */
  deliberation: string | null;
}

/** Solved proofs of work already spent, until they expire. */
export interface UsedChallengeTable {
  id: string;
  expires_at: string;
}

/** Mails sent, by keyed hash of the address (never the address), for the daily cap. */
export interface MailLogTable {
  address_hash: string;
  sent_at: string;
}

/** Mails to deliver (the outbox), and what became of them; no personal data once settled. */
export interface MailOutboxTable {
  id: string;
  status: 'waiting' | 'sent' | 'failed';
  message: string | null;
  attempts: number;
  next_attempt_at: string;
  created_at: string;
  settled_at: string | null;
  last_error: string | null;
}

/** The counters' totals per manifesto and bucket (`kind:`, `dep:`, `reg:`), kept by transactions. */
export interface CounterTotalTable {
  manifesto_id: string;
  bucket: string;
  /** `bigint`: PostgreSQL returns it as a string. */
  count: number | string;
  population: number | string;
}

/** Rate-limit hits per key and window, shared by every process. */
export interface RateLimitTable {
  key: string;
  window_start: number | string;
  count: number;
}

/** Known platforms (reference list) and platforms created by a signature. */
export interface PlatformTable {
  slug: string;
  /** The `Platform` as JSON. */
  data: string;
  origin: 'reference' | 'signature';
  siren: string | null;
  domain: string | null;
  /** The published signature that makes it a signatory; `null` when none (or withdrawn). */
  signature_id: string | null;
  signed_at: string | null;
  created_at: string;
}

/** Named moderators' tokens (moderation console), stored as SHA-256 hashes. */
export interface AdminTokenTable {
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** The audit log: every status change of a signature, who made it, and why. Never deleted. */
export interface SignatureEventTable {
  id: string;
  signature_id: string;
  manifesto_id: string;
  from_status: string;
  to_status: string;
  actor_kind: 'signer' | 'moderator' | 'system';
  actor_name: string;
  reason: string | null;
  at: string;
}

export interface Database {
  signatures: SignatureTable;
  used_challenges: UsedChallengeTable;
  mail_log: MailLogTable;
  mail_outbox: MailOutboxTable;
  counter_totals: CounterTotalTable;
  rate_limits: RateLimitTable;
  platforms: PlatformTable;
  admin_tokens: AdminTokenTable;
  signature_events: SignatureEventTable;
}
