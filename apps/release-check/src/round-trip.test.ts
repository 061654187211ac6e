/**
 * The real round trip: publish every public package with the release script's publish step to
 * a private registry on 127.0.0.1, install them in a fresh project from that registry, and use
 * them the ways our users do: Node ESM imports, a TypeScript type check, a Vite-bundled page in
 * Chromium, the registry's CLI, and a plain page that loads the widgets' browser bundle from
 * that registry's /widgets/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/net/free-port.mjs';
import { type BackgroundProcess, startBackground } from './background-process.ts';
import { elementTags, pageWithElements, renderElements } from './browser-page.ts';
import { cleanEnv } from './clean-env.ts';
import { type ConsumerProject, createConsumerProject } from './consumer-project.ts';
import { type LocalRegistry, startLocalRegistry } from './local-registry.ts';
import { publicPackage, publicPackages, repositoryRoot } from './repository.ts';
import { runCommand } from './run-command.ts';
import { serveFolder } from './static-server.ts';
import { waitForHttp } from './wait-for-http.ts';

const packages = publicPackages();
// Each one is used below; a package that stopped being public fails this file, never skips it.
publicPackage('@plateformcoop/model');
publicPackage('@plateformcoop/signature');
publicPackage('@plateformcoop/registry');
const widgets = publicPackage('@plateformcoop/widgets');

const workDir = mkdtempSync(join(tmpdir(), 'plateformcoop-round-trip-'));
let localRegistry: LocalRegistry | undefined;
let consumer: ConsumerProject;
const servers: BackgroundProcess[] = [];

/** A setting of this machine's npm (`undefined` when unset). */
async function npmConfig(key: string): Promise<string | undefined> {
  const { stdout } = await runCommand('npm', ['config', 'get', key], {
    cwd: workDir,
    env: cleanEnv(),
    timeoutMs: 30_000,
  });
  const value = stdout.trim();
  return value && value !== 'null' && value !== 'undefined' ? value : undefined;
}

/**
 * The npm registry this machine installs from, which the local registry proxies for the rest,
 * and the certificates npm trusts to reach it (`cafile`), which Verdaccio must trust too.
 */
async function upstreamRegistry(): Promise<{ url: string; cafile: string | undefined }> {
  return {
    url: (await npmConfig('registry')) ?? 'https://registry.npmjs.org/',
    cafile: await npmConfig('cafile'),
  };
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

beforeAll(async () => {
  const upstream = await upstreamRegistry();
  localRegistry = await startLocalRegistry(
    join(workDir, 'registry'),
    upstream.url,
    upstream.cafile,
  );
  // Exactly what a maintainer or CI runs, only pointed at the local registry and without tags.
  await runCommand(
    process.execPath,
    ['scripts/release/release.mjs', 'publish', '--registry', localRegistry.url, '--no-git-tag'],
    {
      cwd: repositoryRoot,
      env: cleanEnv({ NPM_CONFIG_USERCONFIG: localRegistry.publisherNpmrc }),
      timeoutMs: 180_000,
    },
  );
  const devDependencies: Record<string, string> = {
    typescript: '5.9.3',
    '@types/node': '^20.19.0',
    vite: widgetsDevDependency('vite'),
  };
  consumer = await createConsumerProject(
    join(workDir, 'consumer'),
    localRegistry.url,
    packages,
    devDependencies,
  );
}, 600_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await localRegistry?.stop();
  rmSync(workDir, { recursive: true, force: true });
}, 60_000);

function widgetsDevDependency(name: string): string {
  const manifest = JSON.parse(readFileSync(join(widgets.dir, 'package.json'), 'utf8'));
  return manifest.devDependencies?.[name] ?? 'latest';
}

let registryServer: Promise<{ url: string; process: BackgroundProcess }> | undefined;

/**
 * `npx @plateformcoop/registry serve` from the installed package, once for the whole file:
 * SQLite and its data folder in the temporary project, mails to the console.
 */
function installedRegistry(): Promise<{ url: string; process: BackgroundProcess }> {
  registryServer ??= (async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const server = startBackground('npx', ['--no-install', '@plateformcoop/registry', 'serve'], {
      cwd: consumer.dir,
      env: cleanEnv({
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_URL: url,
        DATABASE_URL: join(consumer.dir, 'data', 'registry.sqlite'),
        MAIL_URL: 'console',
      }),
    });
    servers.push(server);
    try {
      await waitForHttp(`${url}/healthz`, 60_000, server.isRunning);
    } catch (error) {
      throw new Error(`${String(error)}\n${server.output()}`);
    }
    return { url, process: server };
  })();
  return registryServer;
}

describe('publish to a private registry, install in a fresh project', () => {
  it('installs every public package, byte for byte what the workspace built', () => {
    expect(packages.length).toBeGreaterThan(0);
    for (const pkg of packages) {
      const installed = join(consumer.dir, 'node_modules', pkg.manifest.name);
      const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
      expect(manifest.version).toBe(pkg.manifest.version);
      const builtFiles = readdirSync(join(pkg.dir, 'dist'), {
        recursive: true,
        withFileTypes: true,
      })
        .filter((entry) => entry.isFile() && !/\.test\./.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name).slice(pkg.dir.length + 1));
      expect(builtFiles.length).toBeGreaterThan(0);
      for (const file of builtFiles)
        expect(sha256(join(installed, file)), `${pkg.manifest.name}/${file}`).toBe(
          sha256(join(pkg.dir, file)),
        );
    }
  });

  it('imports the model and the signature core in Node (ESM)', async () => {
    const lines = [
      "import { plateformcoop2023, safeParseSignatureSubmission } from '@plateformcoop/model';",
      'const result = { manifesto: plateformcoop2023.id, emptyIsValid: safeParseSignatureSubmission({}).success };',
      "const { isValidSiren, validateSignature } = await import('@plateformcoop/signature');",
      "result.siren = [isValidSiren('215903501'), isValidSiren('215903502')];",
      'const validation = validateSignature({}, { manifesto: plateformcoop2023 });',
      'result.signatureOk = validation.ok;',
      'result.issueCodes = validation.ok ? [] : validation.issues.map((issue) => issue.code);',
      'console.log(JSON.stringify(result));',
    ];
    writeFileSync(join(consumer.dir, 'use-packages.mjs'), `${lines.join('\n')}\n`);
    const { stdout } = await consumer.run('node', ['use-packages.mjs']);
    const result = JSON.parse(stdout);
    expect(result.manifesto).toBe('plateformcoop-2023');
    expect(result.emptyIsValid).toBe(false);
    expect(result.siren).toEqual([true, false]);
    expect(result.signatureOk).toBe(false);
    expect(result.issueCodes.length).toBeGreaterThan(0);
  });

  it('type-checks a consumer with tsc, and tsc catches a misuse', async () => {
    const lines = [
      "import { plateformcoop2023, type SignatureSubmission } from '@plateformcoop/model';",
      'export const manifestoId: string = plateformcoop2023.id;',
      "export const locale: SignatureSubmission['locale'] = 'fr';",
      "import { isValidSiren, type SignatureValidation, validateSignature } from '@plateformcoop/signature';",
      'export const validation: SignatureValidation = validateSignature({}, { manifesto: plateformcoop2023 });',
      "export const sirenOk: boolean = isValidSiren('215903501');",
      "import { PlateformcoopCounter } from '@plateformcoop/widgets';",
      'export const counterElement: HTMLElement = new PlateformcoopCounter();',
      "import * as registryModule from '@plateformcoop/registry';",
      'export const registryExports: string[] = Object.keys(registryModule);',
    ];
    writeFileSync(join(consumer.dir, 'consumer.ts'), `${lines.join('\n')}\n`);
    writeFileSync(
      join(consumer.dir, 'misuse.ts'),
      "import { plateformcoop2023 } from '@plateformcoop/model';\nexport const wrong: number = plateformcoop2023.id;\n",
    );
    // Node's own resolution (exports, .d.ts next to .js), strict, and our .d.ts checked too.
    const tsc = (file: string) =>
      consumer.run('npx', [
        '--no-install',
        'tsc',
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--lib',
        'es2022,dom',
        '--types',
        'node',
        file,
      ]);
    await tsc('consumer.ts');
    await expect(tsc('misuse.ts')).rejects.toThrow(/misuse\.ts\(2,14\): error TS2322/);
  }, 120_000);

  it('bundles a page with the widgets through Vite and runs it in Chromium', async () => {
    const page = join(consumer.dir, 'page');
    mkdirSync(page, { recursive: true });
    const registryUrl = (await installedRegistry()).url;
    writeFileSync(
      join(page, 'index.html'),
      pageWithElements(registryUrl, '<script type="module" src="./main.js"></script>'),
    );
    writeFileSync(join(page, 'main.js'), "import '@plateformcoop/widgets/define';\n");
    await consumer.run(
      'npx',
      ['--no-install', 'vite', 'build', 'page', '--outDir', 'dist', '--base', './'],
      180_000,
    );
    const built = join(page, 'dist');
    const bundle = readdirSync(join(built, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(built, 'assets', file), 'utf8'))
      .join('\n');
    expect(bundle.includes('Lit is in dev mode'), 'the page bundles Lit’s development build').toBe(
      false,
    );
    const site = await serveFolder(built);
    try {
      const { elements, pageErrors } = await renderElements(site.url, elementTags);
      expect(elements).toEqual(
        elementTags.map((name) => ({ name, defined: true, rendered: true })),
      );
      expect(pageErrors).toEqual([]);
    } finally {
      await site.close();
    }
  }, 240_000);

  it('runs `npx @plateformcoop/registry serve` and answers /healthz', async () => {
    const { url } = await installedRegistry();
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
  }, 120_000);

  it('serves the widgets’ browser bundle at /widgets/, which a plain page on another origin loads', async () => {
    const { url } = await installedRegistry();
    const script = await fetch(`${url}/widgets/plateformcoop.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    const source = await script.text();
    expect(
      source.includes('Lit is in dev mode'),
      'the CDN bundle holds Lit’s development build',
    ).toBe(false);
    // A town's site: its own origin, one script tag pointing at the campaign's registry.
    const page = join(consumer.dir, 'plain-page');
    mkdirSync(page, { recursive: true });
    writeFileSync(
      join(page, 'index.html'),
      pageWithElements(
        url,
        `<script type="module" src="${url}/widgets/plateformcoop.js"></script>`,
      ),
    );
    const site = await serveFolder(page);
    try {
      const { elements, pageErrors } = await renderElements(site.url, elementTags);
      expect(elements).toEqual(
        elementTags.map((name) => ({ name, defined: true, rendered: true })),
      );
      expect(pageErrors).toEqual([]);
    } finally {
      await site.close();
    }
  }, 120_000);
});
