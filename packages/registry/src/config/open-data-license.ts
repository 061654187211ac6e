/** The licence of the open data, as a Data Package names it (`licenses[0]`). */
export interface OpenDataLicense {
  /** An SPDX identifier where one exists (`etalab-2.0`). */
  name: string;
  path: string;
  title: string;
}

/** The licences a French public body commonly publishes under, by SPDX identifier. */
const KNOWN: readonly OpenDataLicense[] = [
  {
    name: 'etalab-2.0',
    path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    title: 'Licence Ouverte / Open Licence version 2.0',
  },
  {
    name: 'ODbL-1.0',
    path: 'https://opendatacommons.org/licenses/odbl/1-0/',
    title: 'Open Data Commons Open Database License 1.0',
  },
  {
    name: 'CC-BY-4.0',
    path: 'https://creativecommons.org/licenses/by/4.0/',
    title: 'Creative Commons Attribution 4.0',
  },
  {
    name: 'CC-BY-SA-4.0',
    path: 'https://creativecommons.org/licenses/by-sa/4.0/',
    title: 'Creative Commons Attribution-ShareAlike 4.0',
  },
  {
    name: 'CC0-1.0',
    path: 'https://creativecommons.org/publicdomain/zero/1.0/',
    title: 'Creative Commons Zero 1.0 (domaine public)',
  },
];

/**
 * `OPEN_DATA_LICENSE`: one of the known identifiers (`etalab-2.0`, the default; `ODbL-1.0`,
 * `CC-BY-4.0`, `CC-BY-SA-4.0`, `CC0-1.0`), or another licence written `name|url|title`.
 */
export function openDataLicense(raw: string | undefined): OpenDataLicense {
  const value = raw?.trim() || 'etalab-2.0';
  const known = KNOWN.find((license) => license.name.toLowerCase() === value.toLowerCase());
  if (known) return known;
  const [name, path, title] = value.split('|').map((part) => part.trim());
  if (name && path && /^https?:\/\/\S+$/.test(path)) return { name, path, title: title || name };
  throw new Error(
    `OPEN_DATA_LICENSE must be one of ${KNOWN.map((l) => l.name).join(', ')}, or name|url|title (got "${value}")`,
  );
}
