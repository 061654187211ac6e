import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMailer } from './mailer.js';

const message = {
  to: 'someone@example.org',
  subject: 'Sujet é',
  text: 'Bonjour https://x.test/confirm?token=abc',
  html: '<p>Bonjour</p>',
  locale: 'fr',
};

describe('mailer', () => {
  it('writes one .eml per message with the file: transport', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'pc-mail-')), 'outbox');
    const mailer = createMailer(`file:${dir}`, 'Reg <reg@example.org>');
    await mailer.send(message);
    await mailer.send(message);
    const files = readdirSync(dir);
    expect(files).toHaveLength(2);
    const raw = readFileSync(join(dir, files[0]!), 'utf8');
    expect(raw).toMatch(/^To: someone@example.org$/m);
    expect(raw).toMatch(/multipart\/alternative/);
  });

  it('prints messages without the address with the console transport', async () => {
    const lines: string[] = [];
    await createMailer('console', 'reg@example.org', (l) => lines.push(l)).send(message);
    expect(lines.join('\n')).toContain('confirm?token=abc');
    expect(lines.join('\n')).not.toContain('someone@example.org');
  });

  it('refuses an unknown MAIL_URL', () => {
    expect(() => createMailer('pigeon://x', 'a@b.c')).toThrow(/MAIL_URL/);
  });
});
