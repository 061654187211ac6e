import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import {
  ensurePrivateFolder,
  makePrivateIfPresent,
  PRIVATE_FILE_MODE,
} from '../config/private-files.js';

/** A message ready to send: plain text and HTML alternatives. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** `fr` or `en`, for the `Content-Language` header. */
  locale: string;
  /**
   * The `Message-ID` (without brackets), one per outbox row: a mail sent again after a crash
   * carries the same one, and mail systems keep one copy.
   */
  messageId?: string;
}

export interface Mailer {
  /** Where mail goes, without credentials (safe to log). */
  readonly description: string;
  send(message: MailMessage): Promise<void>;
  close(): void;
}

type Log = (line: string) => void;

/**
 * A mailer from `MAIL_URL`: `smtp://` or `smtps://` (nodemailer SMTP), `file:<folder>` (one
 * `.eml` file per message, for demos and tests), or `console` (prints each message with the
 * recipient hidden, since addresses never go to logs).
 */
export function createMailer(url: string, from: string, log: Log = console.log): Mailer {
  if (/^smtps?:\/\//i.test(url)) {
    const transport = nodemailer.createTransport(url);
    const safe = new URL(url);
    return {
      description: `SMTP ${safe.hostname}:${safe.port || (safe.protocol === 'smtps:' ? 465 : 587)}`,
      async send(m) {
        await transport.sendMail(envelope(from, m));
      },
      close: () => transport.close(),
    };
  }
  const render = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  if (url.startsWith('file:')) {
    const folder = resolve(url.slice('file:'.length).replace(/^\/\/(?=\/)/, ''));
    ensurePrivateFolder(folder);
    // Mails an older version left readable by others are the owner's alone again.
    for (const name of readdirSync(folder))
      if (name.endsWith('.eml')) makePrivateIfPresent(join(folder, name));
    return {
      description: `files in ${folder}`,
      async send(m) {
        const info = await render.sendMail(envelope(from, m));
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
        // Each mail holds an address and a live link: the owner's alone (0600).
        writeFileSync(join(folder, name), info.message as Buffer, { mode: PRIVATE_FILE_MODE });
      },
      close: () => render.close(),
    };
  }
  if (url === 'console') {
    return {
      description: 'console',
      async send(m) {
        log(`--- mail (${m.locale}) to <hidden>: ${m.subject}\n${m.text}\n---`);
      },
      close: () => render.close(),
    };
  }
  throw new Error(
    `MAIL_URL must be smtp://..., smtps://..., file:<folder> or console (got "${url.split(':')[0]}:...")`,
  );
}

function envelope(from: string, m: MailMessage) {
  return {
    from,
    to: m.to,
    subject: m.subject,
    text: m.text,
    html: m.html,
    // Our texts are French or English: quoted-printable always, without scanning each text to
    // choose (a tenth of the cost of rendering a mail).
    textEncoding: 'quoted-printable' as const,
    headers: { 'Content-Language': m.locale, 'Auto-Submitted': 'auto-generated' },
    ...(m.messageId ? { messageId: `<${m.messageId}>` } : {}),
  };
}
