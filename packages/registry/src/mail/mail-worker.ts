import { parentPort, workerData } from 'node:worker_threads';
import { createMailer, type MailMessage } from './mailer.js';

// The mail transport on its own thread: rendering MIME (nodemailer) costs about as much CPU as
// the rest of a signature, so it runs beside the HTTP thread rather than on it.

const { url, from } = workerData as { url: string; from: string };
const mailer = createMailer(url, from, (line) => parentPort!.postMessage({ log: line }));

parentPort!.on('message', async ({ id, message }: { id: number; message: MailMessage }) => {
  try {
    await mailer.send(message);
    parentPort!.postMessage({ id });
  } catch (error) {
    parentPort!.postMessage({ id, error: String((error as Error)?.message ?? error) });
  }
});
