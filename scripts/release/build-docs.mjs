#!/usr/bin/env node
// `npm run docs`: the API reference of every public package, generated from the sources into
// docs/api/ (gitignored): TypeDoc for each package's exports (docs/api/<package>/index.html,
// shared options in typedoc.json), and for the widgets also a page of elements generated from
// their custom-elements manifest (docs/api/widgets/elements.html). docs/api/index.html links
// them all. It builds the packages first (turbo: cached when nothing changed), because they
// import each other's built types and the widgets' manifest is build output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { customElementsPage } from './custom-elements-page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = join(root, 'docs', 'api');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`docs: \`${command} ${args.join(' ')}\` failed.`);
    process.exit(result.status ?? 1);
  }
}

const packages = readdirSync(join(root, 'packages'))
  .map((folder) => ({ folder, dir: join(root, 'packages', folder) }))
  .filter(
    ({ dir }) => existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src/index.ts')),
  )
  .map((pkg) => ({
    ...pkg,
    manifest: JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')),
  }))
  .filter(({ manifest }) => !manifest.private);

/** The JSDoc tags of the custom-elements manifest, known to TypeDoc as block tags. */
const tsdocConfig = {
  $schema: 'https://developer.microsoft.com/json-schemas/tsdoc/v0/tsdoc.schema.json',
  extends: ['typedoc/tsdoc.json'],
  tagDefinitions: [
    '@tag',
    '@attr',
    '@fires',
    '@event',
    '@slot',
    '@csspart',
    '@cssprop',
    '@cssproperty',
    '@summary',
  ].map((tagName) => ({ tagName, syntaxKind: 'block' })),
};

/**
 * The package's compiler options with the entry point as the only root: TypeDoc then reads
 * what the package exports, never its tests or stories.
 */
function docsTsconfig({ folder, dir }) {
  // Inside the repository, so that `types` resolve from its node_modules/@types.
  const cache = join(root, 'node_modules', '.cache', 'plateformcoop-docs');
  const dirForPackage = join(cache, folder);
  mkdirSync(dirForPackage, { recursive: true });
  // TypeDoc reads tsdoc.json next to tsconfig.json: teach it the custom-elements analyzer's tags.
  writeFileSync(join(dirForPackage, 'tsdoc.json'), JSON.stringify(tsdocConfig));
  const file = join(dirForPackage, 'tsconfig.json');
  const config = {
    extends: join(dir, 'tsconfig.json'),
    files: [join(dir, 'src/index.ts')],
    include: [],
  };
  writeFileSync(file, JSON.stringify(config));
  return file;
}

// Packages import each other's built types, and the widgets' manifest is build output.
run('npx', ['turbo', 'run', 'build', '--filter=./packages/*']);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

for (const pkg of packages) {
  const { folder, dir, manifest } = pkg;
  console.log(`\ndocs: ${manifest.name} -> docs/api/${folder}/`);
  run('npx', [
    'typedoc',
    '--options',
    'typedoc.json',
    '--entryPoints',
    join(dir, 'src/index.ts'),
    '--tsconfig',
    docsTsconfig(pkg),
    '--readme',
    join(dir, 'README.md'),
    '--name',
    manifest.name,
    '--out',
    join(out, folder),
  ]);
  if (manifest.customElements) {
    const manifestFile = join(dir, manifest.customElements);
    const elements = JSON.parse(readFileSync(manifestFile, 'utf8'));
    writeFileSync(
      join(out, folder, 'elements.html'),
      customElementsPage(elements, { title: manifest.name, version: manifest.version }),
    );
    console.log(`docs: ${manifest.name} elements -> docs/api/${folder}/elements.html`);
  }
}

const links = packages
  .map(
    ({ folder, manifest }) =>
      `<li><a href="./${folder}/index.html"><code>${manifest.name}</code></a> ${manifest.version}: ${manifest.description ?? ''}${
        manifest.customElements ? ` (<a href="./${folder}/elements.html">elements</a>)` : ''
      }</li>`,
  )
  .join('\n');
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>PlateformCoop API reference</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; max-width: 50rem; margin: 2rem auto">
<h1>PlateformCoop API reference</h1>
<ul>
${links}
</ul>
</body>
</html>
`,
);
console.log(`\ndocs: docs/api/index.html links ${packages.length} packages.`);
