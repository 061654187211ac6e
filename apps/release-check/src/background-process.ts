import { type ChildProcess, spawn } from 'node:child_process';

/** A server the round trip started: its output so far, and a way to stop it for sure. */
export interface BackgroundProcess {
  child: ChildProcess;
  output(): string;
  isRunning(): boolean;
  stop(): Promise<void>;
}

/**
 * Starts a long-running command in its own process group, so that stopping it also stops what
 * it started (npx starts node, which starts the server).
 */
export function startBackground(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): BackgroundProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: string) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout?.setEncoding('utf8').on('data', keep);
  child.stderr?.setEncoding('utf8').on('data', keep);
  let running = true;
  const exited = new Promise<void>((resolve) => {
    child.on('exit', () => {
      running = false;
      resolve();
    });
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  return {
    child,
    output: () => output,
    isRunning: () => running,
    async stop() {
      if (!running) return;
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
