#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { REGISTRY_VERSION } from './version.js';

// Each command imports what it needs when it runs, so that `--help` answers at once.

const HELP = `plateformcoop-registry ${REGISTRY_VERSION}: the PlateformCoop signature registry

Usage: plateformcoop-registry <command> [options]

Commands:
  serve                       Start the HTTP server (migrates first; runs retention daily)
  migrate                     Apply pending database migrations, then exit
  seed [--demo N] [--manifesto ID]
                              Load the reference platforms; with --demo, add N published
                              demonstration signatures (fictional people)
  export [--format csv|json] [--output FILE] [--manifesto ID]
                              Write every signature's open-data columns (stdout by default),
                              or one manifesto's
  keys list|rotate|jwks       List the signing keys, add a new one (old public keys stay in
                              the JWKS), or print the JWKS
  retention                   Apply the privacy rules now (expire and erase), then exit
  anonymize --manifesto ID    Strip personal data from a closed campaign, keep the
                              institutional facts
  backup FILE                 Write a consistent copy of the SQLite database to FILE (mode
                              600) while the registry serves; PostgreSQL: use pg_dump
  manifestos check DIR        Validate a folder of manifesto definitions (what MANIFESTOS_DIR
                              names) without starting anything: each file's problems, by field
  admins add|revoke|list [NAME]
                              Named moderators' tokens for /admin/ and /v1/admin/: add prints
                              a new token once, revoke closes it (ADMIN_TOKEN is named "admin")
  --help, help                This text
  --version                   The version

Configuration is read from environment variables (see the README): HOST, PORT, PUBLIC_URL,
DATA_DIR, DATABASE_URL, MAIL_URL, MAIL_FROM, ADMIN_TOKEN, REGISTRY_SECRET, SIGNING_KEY_FILE,
CORS_ORIGINS, RATE_LIMIT_PER_HOUR, POW_COST, MODERATION_POLICY, TRUST_PROXY,
CONFIRMATION_TTL_HOURS, PENDING_RETENTION_DAYS, MAILS_PER_ADDRESS_PER_DAY, BODY_LIMIT_BYTES,
STREAMS_PER_CLIENT, COUNTER_GOAL, WIDGETS_DIR, CAMPAIGN_NAME, MANIFESTOS_DIR, LOG_FORMAT,
LOG_LEVEL, METRICS_ADDRESS, OPEN_DATA_LICENSE (ADMIN_TOKEN: 32 characters at least, openssl rand
-base64 32 makes one).
`;

const print = (line: string) => process.stdout.write(`${line}\n`);
const quietLog = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      demo: { type: 'string' },
      manifesto: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (!command || command === '--help' || command === '-h' || command === 'help' || values.help) {
    print(HELP);
    return command ? 0 : 1;
  }
  if (command === '--version') {
    print(REGISTRY_VERSION);
    return 0;
  }
  switch (command) {
    case 'serve': {
      const { serveRegistry } = await import('./serve.js');
      const running = await serveRegistry();
      const { config, context } = running.registry;
      print(
        `plateformcoop-registry ${REGISTRY_VERSION} listening on ${running.url} (public URL ${config.publicUrl})`,
      );
      print(`database: ${context.store.handle.kind} ${context.store.handle.location}`);
      if (running.metricsUrl) print(`metrics: ${running.metricsUrl}/metrics`);
      print(
        `mail: ${context.config.mailUrl.startsWith('smtp') ? 'SMTP' : context.config.mailUrl.split(':')[0]}`,
      );
      print(
        `manifestos: ${[...context.manifestos.values()].map((m) => `${m.id} (${m.version})`).join(', ')}`,
      );
      print(
        `moderation: ${config.adminToken ? 'enabled' : 'disabled (no ADMIN_TOKEN)'}; moderated kinds: ${config.moderatedKinds.join(', ') || 'none'}`,
      );
      running.registry.startMaintenance();
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
      await running.stop();
      return 0;
    }
    case 'migrate': {
      const { loadConfig } = await import('./config/config.js');
      const { openDatabase } = await import('./store/database.js');
      const { migrateToLatest } = await import('./store/migrate.js');
      const config = loadConfig();
      const handle = await openDatabase(config.databaseUrl);
      try {
        const results = await migrateToLatest(handle.db, handle.kind);
        print(
          results.length
            ? results.map((r) => `${r.migrationName}: ${r.status}`).join('\n')
            : 'database is up to date',
        );
      } finally {
        await handle.db.destroy();
      }
      return 0;
    }
    case 'seed': {
      const { createRegistry } = await import('./registry.js');
      const { seedDemoSignatures } = await import('./cli/demo-seed.js');
      const { PLATEFORMCOOP_2023 } = await import('@plateformcoop/model');
      const registry = await createRegistry({ log: quietLog });
      try {
        print(`reference platforms loaded`);
        if (values.demo) {
          const count = Number.parseInt(values.demo, 10);
          if (!Number.isInteger(count) || count < 1)
            throw new Error('--demo takes a positive number');
          const inserted = await seedDemoSignatures(
            registry.context,
            values.manifesto ?? PLATEFORMCOOP_2023,
            count,
          );
          print(`${inserted} demonstration signatures published`);
        }
      } finally {
        await registry.close();
      }
      return 0;
    }
    case 'export': {
      const { createRegistry } = await import('./registry.js');
      const { openDataCsv, openDataRecords } = await import('./exports/open-data.js');
      const registry = await createRegistry({ log: quietLog });
      try {
        const format = values.format;
        if (format !== 'csv' && format !== 'json') throw new Error('--format is csv or json');
        const text =
          format === 'csv'
            ? await openDataCsv(registry.context.store.signatures, values.manifesto)
            : `${JSON.stringify(await openDataRecords(registry.context.store.signatures, values.manifesto), null, 2)}\n`;
        if (values.output) writeFileSync(values.output, text);
        else process.stdout.write(text);
      } finally {
        await registry.close();
      }
      return 0;
    }
    case 'keys': {
      const { loadConfig } = await import('./config/config.js');
      const { SigningKeys } = await import('./keys/signing-keys.js');
      const keys = await SigningKeys.open(loadConfig().signingKeyFile);
      const action = positionals[0] ?? 'list';
      if (action === 'rotate')
        print(`new signing key ${await keys.rotate()}; previous public keys stay in the JWKS`);
      else if (action === 'jwks') print(JSON.stringify(keys.jwks(), null, 2));
      else if (action === 'list')
        for (const k of keys.list())
          print(`${k.kid}  ${k.createdAt}${k.current ? '  (signing)' : ''}`);
      else throw new Error(`unknown keys action "${action}" (list, rotate, jwks)`);
      return 0;
    }
    case 'retention': {
      const { createRegistry } = await import('./registry.js');
      const registry = await createRegistry({ log: quietLog });
      try {
        const report = await registry.retention();
        print(
          `retention: ${report.expired} expired, ${report.erased} erased, ${report.pruned} pruned`,
        );
      } finally {
        await registry.close();
      }
      return 0;
    }
    case 'anonymize': {
      const manifesto = values.manifesto ?? positionals[0];
      if (!manifesto) throw new Error('anonymize needs --manifesto <id>');
      const { createRegistry } = await import('./registry.js');
      const registry = await createRegistry({ log: quietLog });
      try {
        if (!registry.context.manifestos.has(manifesto))
          throw new Error(`unknown manifesto ${manifesto}`);
        print(`anonymized ${await registry.anonymize(manifesto)} signatures of ${manifesto}`);
      } finally {
        await registry.close();
      }
      return 0;
    }
    case 'manifestos': {
      const [action, dir] = positionals;
      if (action !== 'check' || !dir) throw new Error('usage: manifestos check <dir>');
      const { checkManifestoFolder } = await import('./cli/manifestos.js');
      return checkManifestoFolder(dir, print, (line) => process.stderr.write(`${line}\n`));
    }
    case 'backup': {
      const { loadConfig } = await import('./config/config.js');
      const { runBackupCommand } = await import('./cli/backup.js');
      await runBackupCommand(loadConfig(), positionals, print);
      return 0;
    }
    case 'admins': {
      const { loadConfig } = await import('./config/config.js');
      const { openStore } = await import('./store/store.js');
      const { runAdminsCommand } = await import('./cli/admins.js');
      const store = await openStore(loadConfig().databaseUrl);
      try {
        await runAdminsCommand(store, positionals, print);
      } finally {
        await store.close();
      }
      return 0;
    }
    default:
      process.stderr.write(`unknown command "${command}"\n\n${HELP}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`plateformcoop-registry: ${(error as Error)?.message ?? error}\n`);
    process.exit(1);
  },
);
