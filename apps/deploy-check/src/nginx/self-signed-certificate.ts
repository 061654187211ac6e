import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Certificate {
  certificateFile: string;
  keyFile: string;
  /** The certificate, PEM: the only authority a test client trusts. */
  pem: string;
}

/** A throwaway self-signed certificate for `hostname` (one day, P-256), made with openssl. */
export function selfSignedCertificate(dir: string, hostname: string): Certificate {
  const certificateFile = join(dir, 'fullchain.pem');
  const keyFile = join(dir, 'privkey.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${hostname}`,
      '-addext',
      `subjectAltName=DNS:${hostname}`,
      '-keyout',
      keyFile,
      '-out',
      certificateFile,
    ],
    { stdio: 'pipe' },
  );
  return { certificateFile, keyFile, pem: readFileSync(certificateFile, 'utf8') };
}
