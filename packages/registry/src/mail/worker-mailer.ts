import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createMailer, type Mailer, type MailMessage } from './mailer.js';

/**
 * The mailer of `MAIL_URL` on a worker thread, when the built worker is there (`dist/`); the same
 * mailer on the calling thread otherwise (tests run the sources).
 */
export function createThreadedMailer(
  url: string,
  from: string,
  log: (line: string) => void,
): Mailer {
  const inProcess = createMailer(url, from, log);
  const script = new URL('./mail-worker.js', import.meta.url);
  if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) return inProcess;
  inProcess.close();
  const worker = new Worker(script, { workerData: { url, from } });
  worker.unref();
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let next = 0;
  worker.on('message', (reply: { id?: number; error?: string; log?: string }) => {
    if (reply.log !== undefined) return log(reply.log);
    const waiting = pending.get(reply.id!);
    pending.delete(reply.id!);
    if (pending.size === 0) worker.unref();
    if (reply.error) waiting?.reject(new Error(reply.error));
    else waiting?.resolve();
  });
  worker.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  });
  return {
    description: inProcess.description,
    send(message: MailMessage) {
      const id = next++;
      return new Promise<void>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // Kept alive while a mail is on its way, so that a stopping process still sends it.
        worker.ref();
        worker.postMessage({ id, message });
      });
    },
    close() {
      void worker.terminate();
    },
  };
}
