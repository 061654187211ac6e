/**
 * `npm start`: builds what the demo needs, then runs it (src/start/run-demo.ts): a local
 * registry in apps/demo/.data (migrations, reference platforms, demonstration signatures on the
 * first start only) and the demo site on 127.0.0.1, with the addresses printed. Ctrl-C stops both.
 *
 * On a fresh clone nothing is built yet and the workspace packages resolve to their `dist/`:
 * this launcher therefore imports no workspace package (only Node and the port probe), and
 * imports the runner only once the build is done. `.ci/run` walks that path first.
 *
 * Environment: REGISTRY_PORT (8787), DEMO_PORT (5173), DEMO_DATA_DIR (apps/demo/.data),
 * DEMO_SKIP_BUILD=1 to reuse the last build.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { portIsFree } from '../../../scripts/net/free-port.mjs';

const repository = fileURLToPath(new URL('../../..', import.meta.url));
const say = (line = '') => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const ports = {
    registry: Number(process.env.REGISTRY_PORT ?? 8787),
    demo: Number(process.env.DEMO_PORT ?? 5173),
  };
  for (const [name, port] of [
    ['REGISTRY_PORT', ports.registry],
    ['DEMO_PORT', ports.demo],
  ] as const) {
    if (!(await portIsFree(port)))
      throw new Error(
        `le port ${port} est déjà pris sur 127.0.0.1 : libérez-le, ou choisissez-en un autre avec ${name}=<port>`,
      );
  }

  if (process.env.DEMO_SKIP_BUILD !== '1') {
    say(
      '› Construction des paquets et du site de démonstration (turbo, en cache après la 1re fois)…',
    );
    const build = spawnSync(
      'npx',
      ['turbo', 'run', 'build', '--filter=@plateformcoop/demo...', '--output-logs=errors-only'],
      { cwd: repository, stdio: 'inherit' },
    );
    if (build.status !== 0) throw new Error('la construction a échoué (voir ci-dessus)');
  }

  // Only now do the packages' `dist/` exist: the runner imports them.
  const { runDemo } = await import('../src/start/run-demo.ts');
  await runDemo(ports);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `npm start: ${(error as Error).message ?? error}\n(si les données locales sont en cause : npm run demo:reset)\n`,
  );
  process.exit(1);
});
