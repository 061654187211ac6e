/** An HMAC secret: text or bytes (at least 32 bytes), or an already imported WebCrypto key. */
export type HmacSecret = string | Uint8Array | CryptoKey;

const MIN_SECRET_BYTES = 32;
const encoder = new TextEncoder();
/** Imported keys by secret text, so that a server does not import its key on every request. */
const imported = new Map<string, Promise<CryptoKey>>();

function importSecret(bytes: Uint8Array): Promise<CryptoKey> {
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new TypeError(`an HMAC secret needs at least ${MIN_SECRET_BYTES} bytes`);
  }
  return crypto.subtle.importKey(
    'raw',
    bytes as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}

/** The HMAC-SHA256 WebCrypto key for a secret. Throws when the secret is too short. */
export async function hmacKey(secret: HmacSecret): Promise<CryptoKey> {
  if (typeof secret === 'string') {
    let key = imported.get(secret);
    if (!key) {
      key = importSecret(encoder.encode(secret));
      if (imported.size >= 8) imported.clear();
      imported.set(secret, key);
    }
    return key;
  }
  if (secret instanceof Uint8Array) return importSecret(secret);
  return secret;
}
