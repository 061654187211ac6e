import type { TarballRule } from './tarball.ts';

/** Words that the text of each licence we use starts with. */
const licenceTexts: Record<string, RegExp> = {
  MIT: /\bMIT License\b|Permission is hereby granted, free of charge/,
  'AGPL-3.0-or-later': /GNU AFFERO GENERAL PUBLIC LICENSE\s+Version 3/,
  'AGPL-3.0-only': /GNU AFFERO GENERAL PUBLIC LICENSE\s+Version 3/,
  'EUPL-1.2': /EUROPEAN UNION PUBLIC LICEN[CS]E v\.? ?1\.2/i,
  'Apache-2.0': /Apache License\s+Version 2\.0/,
};

/** A LICENSE file is shipped, and it is the licence that `license` in package.json names. */
export const licenceShipped: TarballRule = ({ manifest, files, readText }) => {
  const licenceFile = files.find((path) => /^LICEN[CS]E(?:\.md|\.txt)?$/i.test(path));
  if (!licenceFile) return ['no LICENSE file at the package root'];
  if (!manifest.license) return ['package.json names no licence (`license`)'];
  const expected = licenceTexts[manifest.license];
  if (!expected)
    return [`package.json names ${manifest.license}, a licence these checks do not know`];
  return expected.test(readText(licenceFile))
    ? []
    : [`${licenceFile} is not the text of ${manifest.license}, the licence package.json names`];
};
