import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateFolder, makePrivateIfPresent } from '../config/private-files.js';

/**
 * The HMAC secret behind tokens, challenges and address hashes: `REGISTRY_SECRET`, or the one
 * stored in `<dataDir>/registry-secret` (created on first start, readable by the owner only).
 */
export function registrySecret(configured: string | undefined, dataDir: string): string {
  if (configured) {
    if (configured.length < 32) throw new Error('REGISTRY_SECRET must be at least 32 characters');
    return configured;
  }
  const file = join(dataDir, 'registry-secret');
  if (existsSync(file)) {
    makePrivateIfPresent(file);
    return readFileSync(file, 'utf8').trim();
  }
  ensurePrivateFolder(dataDir);
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}
