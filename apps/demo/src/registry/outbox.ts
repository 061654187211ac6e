import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';

/** One message of the registry's file mail transport. */
export interface OutboxMail {
  file: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** Every `.eml` of the outbox, oldest first (their names start with the time they were sent). */
export async function readOutbox(outbox: string): Promise<OutboxMail[]> {
  if (!existsSync(outbox)) return [];
  const files = readdirSync(outbox)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  return Promise.all(
    files.map(async (file) => {
      const mail = await PostalMime.parse(readFileSync(join(outbox, file)));
      return {
        file,
        to: (mail.to ?? []).map((a) => ('address' in a ? (a.address ?? '') : '')),
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        html: mail.html ?? '',
      };
    }),
  );
}

/** The links of a mail to a registry page (`/confirm?token=…`, `/withdraw?token=…`). */
export function actionLinks(mail: OutboxMail, action: 'confirm' | 'withdraw'): string[] {
  const pattern = new RegExp(`https?://[^\\s"'<>]+/${action}\\?token=[A-Za-z0-9._~%-]+`, 'g');
  return [...new Set(mail.text.match(pattern) ?? [])];
}

/**
 * Waits for a mail to `address` that carries an `action` link, and returns that link. Mail is
 * sent after the registry answered, so it may land a moment later.
 */
export async function waitForActionLink(
  outbox: string,
  address: string,
  action: 'confirm' | 'withdraw',
  timeoutMs = 30_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const links = (await readOutbox(outbox))
      .filter((m) => m.to.includes(address))
      .flatMap((m) => actionLinks(m, action));
    if (links.length) return links.at(-1)!;
    if (Date.now() > deadline)
      throw new Error(`no "${action}" mail to ${address} in ${outbox} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The token of a registry page link. */
export function tokenOf(link: string): string {
  const token = new URL(link).searchParams.get('token');
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}
