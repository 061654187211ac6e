import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';

/** Debian's nginx: the one a server runs (`apt-get install nginx`). */
export const NGINX = '/usr/sbin/nginx';

export interface RunningNginx {
  /** What nginx wrote to its error log so far. */
  errors(): string;
  stop(): Promise<void>;
}

function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/**
 * Starts nginx in the foreground with a site configuration (a `server` block file, as in
 * sites-enabled/) inside a minimal `http` context, everything of its own in `dir`: error and
 * access logs, pid file, temporary files. Checks the configuration first (`nginx -t`), then
 * waits until every port in `ports` accepts connections.
 */
export async function startNginx(options: {
  dir: string;
  site: string;
  ports: number[];
}): Promise<RunningNginx> {
  const { dir } = options;
  mkdirSync(join(dir, 'temp'), { recursive: true });
  const site = join(dir, 'site.conf');
  writeFileSync(site, options.site);
  const errorLog = join(dir, 'error.log');
  const conf = join(dir, 'nginx.conf');
  // A master started as root runs its worker as `nobody`, which could not write the temporary
  // files in this private folder: run it as the user running the test.
  const user = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  writeFileSync(
    conf,
    `${user}worker_processes 1;
error_log ${errorLog} info;
events { worker_connections 256; }
http {
  access_log ${join(dir, 'access.log')};
  client_body_temp_path ${join(dir, 'temp', 'client')};
  proxy_temp_path ${join(dir, 'temp', 'proxy')};
  fastcgi_temp_path ${join(dir, 'temp', 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'temp', 'uwsgi')};
  scgi_temp_path ${join(dir, 'temp', 'scgi')};
  include ${site};
}
`,
  );
  const args = [
    '-p',
    dir,
    '-c',
    conf,
    '-e',
    errorLog,
    '-g',
    `daemon off; pid ${join(dir, 'nginx.pid')};`,
  ];
  try {
    execFileSync(NGINX, [...args, '-t'], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `nginx -t refuses the configuration:\n${(error as { stderr?: Buffer }).stderr}`,
    );
  }
  const child: ChildProcess = spawn(NGINX, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const errors = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '') + stderr;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const force = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      // Fast shutdown: open streams are cut rather than waited for.
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 15_000;
  for (const port of options.ports) {
    while (!(await listening(port))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        await stop();
        throw new Error(`nginx did not listen on ${port}:\n${errors()}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return { errors, stop };
}
