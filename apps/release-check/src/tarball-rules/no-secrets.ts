import { isTextFile, type TarballRule } from './tarball.ts';

/** Names of files that hold credentials or keys. */
const secretFileNames: RegExp[] = [
  /(?:^|\/)\.env(?:\.[^/]*)?$/,
  /(?:^|\/)\.npmrc$/,
  /\.(?:pem|key|p12|pfx|jks|keystore)$/,
  /(?:^|\/)id_(?:rsa|dsa|ecdsa|ed25519)(?:\.pub)?$/,
  /(?:^|\/)[^/]*(?:signing-key|private-key|registry-secret)[^/]*\.(?:json|jwk|txt|key)$/i,
];

/** Credentials as they look in text. */
const secretContents: { what: string; pattern: RegExp }[] = [
  { what: 'a private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/ },
  { what: 'an npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  {
    what: 'a GitHub token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/,
  },
  { what: 'an AWS access key', pattern: /\bAKIA[0-9A-Z]{16}\b/ },
  { what: 'a Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  {
    what: 'a private JSON Web Key',
    pattern:
      /"kty"\s*:\s*"(?:OKP|EC|RSA)"[^}]*"d"\s*:\s*"[A-Za-z0-9_-]{20,}"|"d"\s*:\s*"[A-Za-z0-9_-]{20,}"[^}]*"kty"\s*:/,
  },
];

/** A URL that carries a password, unless its host or its password is a placeholder. */
const urlWithPassword =
  /\b(?:postgres(?:ql)?|mysql|smtps?|https?):\/\/[^\s:/@'"`]+:([^\s@/'"`]{3,})@(?!example\.|localhost)/g;
const placeholderPassword =
  /^(?:pass(?:word)?|secret|changeme|x+|\*+|<[^>]*>|\$\{[^}]*\}|\.\.\.)$/i;

function hasUrlWithPassword(text: string): boolean {
  return [...text.matchAll(urlWithPassword)].some((match) => !placeholderPassword.test(match[1]!));
}

export const noSecrets: TarballRule = ({ files, readText }) => {
  const violations: string[] = [];
  for (const path of files) {
    if (secretFileNames.some((pattern) => pattern.test(path)))
      violations.push(`${path} is a file of credentials or keys`);
    if (!isTextFile(path)) continue;
    const text = readText(path);
    for (const { what, pattern } of secretContents)
      if (pattern.test(text)) violations.push(`${path} contains ${what}`);
    if (hasUrlWithPassword(text)) violations.push(`${path} contains a URL with a password`);
  }
  return violations;
};
