import { isTextFile, type TarballRule } from './tarball.ts';

/** Folders and files where test data, exports or a database end up. */
const dataFilePatterns: RegExp[] = [
  /(?:^|\/)(?:fixtures?|__fixtures__|__mocks__|mocks|test-data|testdata|seed-data)\//,
  /\.(?:sqlite3?|db|db-wal|db-shm|eml|csv|ndjson)$/,
  /(?:^|\/)outbox\//,
];

/** Files that hold data rather than code: a phone number there is somebody's. */
const dataExtensions = /\.(?:json|csv|ndjson|txt|ya?ml|eml)$/;

const emailAddress = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const frenchPhoneNumber = /(?:\+33[\s.]?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/;

/** Domains reserved for examples and tests (RFC 2606, RFC 6761): nobody receives mail there. */
const exampleDomain = /(?:^|\.)(?:example|example\.(?:com|net|org)|test|invalid|localhost)$/i;

/**
 * Addresses on real domains that the published documentation needs, each with its reason.
 * Anything else on a real domain is treated as somebody's address.
 */
export const documentedAddresses: Record<string, string> = {
  'jeandupont@gmail.com':
    "signature: documents how Gmail's rules make two spellings one address (needs Gmail's domains)",
  'jean.dupont+manifeste@googlemail.com':
    "signature: documents how Gmail's rules make two spellings one address (needs Gmail's domains)",
  'prenom.nom@exemple.fr':
    'signature: the French error message shows what an address looks like ("prénom.nom")',
};

function isPersonalAddress(address: string): boolean {
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return !exampleDomain.test(domain) && !(address.toLowerCase() in documentedAddresses);
}

/** No test data, database or export is shipped, and no text names a real person's address. */
export const noPersonalData: TarballRule = ({ files, readText }) => {
  const violations: string[] = [];
  for (const path of files) {
    if (dataFilePatterns.some((pattern) => pattern.test(path)))
      violations.push(`${path} looks like test data, a database, an export or a mail`);
    if (!isTextFile(path)) continue;
    const text = readText(path);
    const addresses = new Set((text.match(emailAddress) ?? []).filter(isPersonalAddress));
    for (const address of addresses)
      violations.push(
        `${path} contains the address ${address}: use a reserved example domain (example.org)`,
      );
    if (dataExtensions.test(path) && frenchPhoneNumber.test(text))
      violations.push(`${path} contains a phone number: ${text.match(frenchPhoneNumber)?.[0]}`);
  }
  return violations;
};
