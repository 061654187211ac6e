import { expectedFilesOnly } from './expected-files.ts';
import { licenceShipped } from './licence.ts';
import { noPersonalData } from './no-personal-data.ts';
import { noSecrets } from './no-secrets.ts';
import { noStaleModules } from './no-stale-modules.ts';
import { noTests } from './no-tests.ts';
import { publishConfigLeavesChoices } from './publish-config.ts';
import { sourceMapsStayInside } from './source-maps.ts';
import type { Tarball, TarballRule } from './tarball.ts';

export type { Tarball, TarballRule } from './tarball.ts';

/** Every rule a published tarball must pass, by name. */
export const tarballRules: Record<string, TarballRule> = {
  expectedFilesOnly,
  noTests,
  noPersonalData,
  noSecrets,
  sourceMapsStayInside,
  noStaleModules,
  licenceShipped,
  publishConfigLeavesChoices,
};

/** Every violation of every rule, each prefixed with the rule's name. */
export function inspectTarball(tarball: Tarball): string[] {
  return Object.entries(tarballRules).flatMap(([name, rule]) =>
    rule(tarball).map((violation) => `${name}: ${violation}`),
  );
}
