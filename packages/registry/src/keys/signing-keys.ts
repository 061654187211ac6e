import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { ensurePrivateFolder, makePrivateIfPresent } from '../config/private-files.js';

/** The algorithm of every attestation: Ed25519 signatures, named `EdDSA` in JOSE headers. */
export const SIGNING_ALGORITHM = 'EdDSA';

interface StoredKey {
  kid: string;
  createdAt: string;
  privateJwk: JWK;
}
interface KeyFile {
  /** Oldest first; the last one signs, the others stay in the JWKS so old badges verify. */
  keys: StoredKey[];
}

/** A key the registry signs with. */
export interface SigningKey {
  kid: string;
  alg: typeof SIGNING_ALGORITHM;
  privateKey: CryptoKey;
}

/** The public half of every key ever used, as a JSON Web Key Set. */
export interface Jwks {
  keys: (JWK & { kid: string; alg: string; use: string })[];
}

async function newKey(): Promise<StoredKey> {
  const { privateKey } = await generateKeyPair('Ed25519', { extractable: true });
  const privateJwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint({
    kty: privateJwk.kty!,
    crv: privateJwk.crv!,
    x: privateJwk.x!,
  });
  return { kid, createdAt: new Date().toISOString(), privateJwk };
}

function publicOf(jwk: JWK): JWK {
  const { d: _private, ...rest } = jwk;
  return rest;
}

function writeKeyFile(file: string, content: KeyFile): void {
  ensurePrivateFolder(dirname(file));
  // Write then rename, so a crash never leaves half a key file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
  chmodSync(file, 0o600);
}

function readKeyFile(file: string): KeyFile {
  // A key file left readable by others (an older version, a copy) is the owner's alone again.
  makePrivateIfPresent(file);
  const content = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  if (!Array.isArray(content.keys) || content.keys.length === 0)
    throw new Error(`${file} holds no key`);
  return content;
}

/** The registry's Ed25519 keys, from `SIGNING_KEY_FILE` (created with one key when absent). */
export class SigningKeys {
  private constructor(
    private readonly file: string,
    private content: KeyFile,
    private current: SigningKey,
  ) {}

  static async open(file: string): Promise<SigningKeys> {
    if (!existsSync(file)) writeKeyFile(file, { keys: [await newKey()] });
    const content = readKeyFile(file);
    return new SigningKeys(file, content, await SigningKeys.load(content));
  }

  private static async load(content: KeyFile): Promise<SigningKey> {
    const latest = content.keys.at(-1)!;
    const privateKey = (await importJWK(latest.privateJwk, SIGNING_ALGORITHM)) as CryptoKey;
    return { kid: latest.kid, alg: SIGNING_ALGORITHM, privateKey };
  }

  /** Adds a new key that signs from now on; the old public keys stay published. */
  async rotate(): Promise<string> {
    const content: KeyFile = { keys: [...this.content.keys, await newKey()] };
    writeKeyFile(this.file, content);
    this.content = content;
    this.current = await SigningKeys.load(content);
    return this.current.kid;
  }

  get signingKey(): SigningKey {
    return this.current;
  }

  list(): { kid: string; createdAt: string; current: boolean }[] {
    return this.content.keys.map((k) => ({
      kid: k.kid,
      createdAt: k.createdAt,
      current: k.kid === this.current.kid,
    }));
  }

  jwks(): Jwks {
    return {
      keys: this.content.keys.map((k) => ({
        ...publicOf(k.privateJwk),
        kid: k.kid,
        alg: SIGNING_ALGORITHM,
        use: 'sig',
      })),
    };
  }
}
