import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PostalMime from 'postal-mime';

/** The text of every mail the registry's file transport wrote to `outbox` for `to`, oldest first. */
export async function mailsTo(outbox: string, to: string): Promise<string[]> {
  if (!existsSync(outbox)) return [];
  const texts: string[] = [];
  for (const file of readdirSync(outbox)
    .filter((f) => f.endsWith('.eml'))
    .sort()) {
    const mail = await PostalMime.parse(readFileSync(join(outbox, file)));
    if ((mail.to ?? []).some((a) => 'address' in a && a.address === to))
      texts.push(mail.text ?? '');
  }
  return texts;
}

/** Waits for the mail to `to` holding a `/<action>?token=` link, and returns that link. */
export async function waitForLink(
  outbox: string,
  to: string,
  action: 'confirm' | 'withdraw',
  timeoutMs = 15_000,
): Promise<string> {
  const pattern = new RegExp(`\\S+/${action}\\?token=[A-Za-z0-9._~%-]+`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const text of (await mailsTo(outbox, to)).reverse()) {
      const link = pattern.exec(text)?.[0];
      if (link) return link;
    }
    if (Date.now() > deadline) throw new Error(`no ${action} mail to ${to} in ${outbox}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
