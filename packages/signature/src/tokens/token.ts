import { decodeBase64Url, encodeBase64Url } from '../encoding/base64url.js';
import { type HmacSecret, hmacKey } from './hmac-key.js';

/**
 * What a link token lets its bearer do: confirm or withdraw a signature, or have its mail sent
 * again (`resend`, the token the form's end state and an expired link's page hold).
 */
export type TokenPurpose = 'confirm' | 'withdraw' | 'resend' | (string & {});

export interface CreateTokenOptions {
  /** The registry's secret (at least 32 bytes), or a WebCrypto HMAC-SHA256 key. */
  secret: HmacSecret;
  purpose: TokenPurpose;
  /** The signature the link acts on. */
  signatureId: string;
  /** When the link stops working. */
  expiresAt: Date;
}

export interface VerifyTokenOptions {
  secret: HmacSecret;
  /** The purpose the caller is about to act for; a token made for another is refused. */
  purpose: TokenPurpose;
  /** The time to check expiry against; now by default. */
  now?: Date;
}

export type TokenVerification =
  | { ok: true; purpose: TokenPurpose; signatureId: string; expiresAt: Date }
  | { ok: false; code: 'token.invalid' | 'token.purpose' }
  /**
   * Authentic and for this purpose, but past its expiry: the signature it names is given, so
   * that the page of an expired link can say where it stands and offer what to do next.
   */
  | { ok: false; code: 'token.expired'; signatureId: string };

interface TokenClaims {
  /** Format version. */
  v: 1;
  p: string;
  s: string;
  /** Expiry, in whole seconds since the epoch. */
  e: number;
}

/** Longer than any token this module makes; refused before any work. */
const MAX_TOKEN_LENGTH = 1024;
const PURPOSE = /^[a-z][a-z0-9_-]{0,31}$/;
/** Domain separation: the same secret may sign other things (proof-of-work challenges). */
const CONTEXT = 'plateformcoop-token-v1.';
const encoder = new TextEncoder();

function signedBytes(claimsPart: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(CONTEXT + claimsPart);
}

/**
 * A token for a confirmation or withdrawal link: `<claims>.<mac>`, both base64url. The claims
 * are the JSON `{"v":1,"p":purpose,"s":signatureId,"e":expirySeconds}`; the MAC is
 * HMAC-SHA256 (WebCrypto) over `plateformcoop-token-v1.` followed by the claims part. Tokens are
 * not encrypted: they carry nothing private (a signature id is opaque).
 */
export async function createToken(options: CreateTokenOptions): Promise<string> {
  const { purpose, signatureId, expiresAt } = options;
  if (!PURPOSE.test(purpose))
    throw new TypeError(`createToken: bad purpose ${JSON.stringify(purpose)}`);
  if (!signatureId || signatureId.length > 128) throw new TypeError('createToken: bad signatureId');
  const e = Math.floor(expiresAt.getTime() / 1000);
  if (!Number.isSafeInteger(e)) throw new TypeError('createToken: bad expiresAt');
  const claims: TokenClaims = { v: 1, p: purpose, s: signatureId, e };
  const claimsPart = encodeBase64Url(encoder.encode(JSON.stringify(claims)));
  const key = await hmacKey(options.secret);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, signedBytes(claimsPart)));
  return `${claimsPart}.${encodeBase64Url(mac)}`;
}

function readClaims(bytes: Uint8Array): TokenClaims | undefined {
  try {
    const claims: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof claims !== 'object' || claims === null) return undefined;
    const { v, p, s, e } = claims as Record<string, unknown>;
    if (v !== 1 || typeof p !== 'string' || typeof s !== 'string' || !Number.isSafeInteger(e)) {
      return undefined;
    }
    return { v, p, s, e: e as number };
  } catch {
    return undefined;
  }
}

/**
 * Checks a link token: its MAC first (WebCrypto's `verify`, in constant time), then its
 * purpose, then its expiry. Any change to any character gives `token.invalid`. Never throws
 * for a bad token; throws only when the secret itself is unusable.
 */
export async function verifyToken(
  token: unknown,
  options: VerifyTokenOptions,
): Promise<TokenVerification> {
  const key = await hmacKey(options.secret);
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH)
    return { ok: false, code: 'token.invalid' };
  const dot = token.indexOf('.');
  if (dot < 0 || token.indexOf('.', dot + 1) >= 0) return { ok: false, code: 'token.invalid' };
  const claimsPart = token.slice(0, dot);
  const claimsBytes = decodeBase64Url(claimsPart);
  const mac = decodeBase64Url(token.slice(dot + 1));
  if (!claimsBytes || !mac || mac.length !== 32) return { ok: false, code: 'token.invalid' };
  const authentic = await crypto.subtle.verify(
    'HMAC',
    key,
    mac as Uint8Array<ArrayBuffer>,
    signedBytes(claimsPart),
  );
  const claims = authentic ? readClaims(claimsBytes) : undefined;
  if (!claims) return { ok: false, code: 'token.invalid' };
  if (claims.p !== options.purpose) return { ok: false, code: 'token.purpose' };
  const now = options.now ?? new Date();
  if (claims.e * 1000 <= now.getTime())
    return { ok: false, code: 'token.expired', signatureId: claims.s };
  return {
    ok: true,
    purpose: claims.p,
    signatureId: claims.s,
    expiresAt: new Date(claims.e * 1000),
  };
}
