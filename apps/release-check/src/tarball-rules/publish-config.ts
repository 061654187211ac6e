import type { TarballRule } from './tarball.ts';

/**
 * The manifest leaves the choice of registry and of provenance to whoever publishes: a
 * `publishConfig.registry` would bypass `npm run release -- --registry`, and a
 * `publishConfig.provenance` overrides every setting but a command-line flag, so that any
 * publish outside GitHub Actions fails (`changeset publish` passes no flag). The release
 * workflow asks for provenance with `NPM_CONFIG_PROVENANCE=true`.
 */
export const publishConfigLeavesChoices: TarballRule = ({ manifest }) => {
  const violations: string[] = [];
  const config = manifest.publishConfig ?? {};
  if ('registry' in config)
    violations.push(
      "package.json sets publishConfig.registry: the registry is the publisher's choice",
    );
  if ('provenance' in config)
    violations.push(
      'package.json sets publishConfig.provenance: drop it, the release workflow sets NPM_CONFIG_PROVENANCE=true',
    );
  if (manifest.name.startsWith('@') && config.access !== 'public')
    violations.push('a scoped package needs publishConfig.access "public"');
  return violations;
};
