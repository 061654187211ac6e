import { describe, expect, it } from 'vitest';
import { type MailContent, mailHtml, mailText } from './mail-layout.js';

const LINK = `https://registre.example.org/confirm?token=${'a'.repeat(180)}.${'b'.repeat(43)}`;

const mail: MailContent = {
  locale: 'fr',
  subject: 'Confirmez votre signature du manifeste PlateformCoop',
  campaign: 'PlateformCoop',
  preview: 'Un dernier geste : confirmez votre signature.',
  blocks: [
    { type: 'paragraph', text: 'Bonjour,' },
    { type: 'paragraph', text: 'Vous avez signé <au nom de> « Tom & Jerry ».\nMerci !' },
    {
      type: 'button',
      label: 'Confirmer ma signature',
      href: LINK,
      fallback: 'Si le bouton ne fonctionne pas, copiez cette adresse :',
    },
    {
      type: 'code',
      caption: 'Avec un script :',
      code: '<script type="module" src="https://registre.example.org/widgets/badge.js"></script>',
    },
    {
      type: 'note',
      text: 'Si vous n’êtes pas à l’origine de cette signature, ignorez ce message.',
    },
  ],
  signature: '— Le registre du manifeste PlateformCoop',
};

/** Every `href` of a piece of HTML, unescaped as a mail client reads them. */
const hrefs = (html: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map(([, href]) =>
    href!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))),
  );

describe('the mails’ layout', () => {
  it('links only the addresses it was given as links: a button and its written-out fallback', () => {
    const html = mailHtml(mail);
    expect(hrefs(html)).toEqual([LINK, LINK]);
    // The code shown is text: its address is not a link, and its markup is escaped.
    expect(html).toContain('&#60;script type=&#34;module&#34;');
    expect(html).not.toMatch(/href="[^"]*&#(34|62);/);
    expect(html).toContain('Vous avez signé &#60;au nom de&#62; « Tom &#38; Jerry ».<br>');
  });

  it('holds together in mail clients: inline styles, presentation tables, no style sheet', () => {
    const html = mailHtml(mail);
    expect(html).not.toMatch(/<style|<link|<script/i);
    expect(html).not.toMatch(/class=/);
    // Every style attribute holds together (a double quote in a font name would end it early).
    for (const [, style] of html.matchAll(/style="([^"]*)"/g))
      expect(style, style).toMatch(/;$|^[^;]*[^;]$/);
    expect(html).not.toMatch(/style="[^"]*"[^\s>]/);
    for (const table of html.match(/<table[^>]*>/g) ?? [])
      expect(table).toContain('role="presentation"');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('max-width:600px');
    // The button's cell has a background Outlook shows; the fallback address wraps.
    expect(html).toMatch(/<td bgcolor="#1d4f91"[^>]*>\s*<a href="https:/);
    expect(html).toMatch(/word-break:break-all;overflow-wrap:anywhere;">https:/);
    // The inbox's preview line, hidden in the body.
    expect(html).toMatch(/<div style="display:none;[^"]*">Un dernier geste/);
  });

  it('writes the same mail as plain text, every link on a line of its own', () => {
    const text = mailText(mail);
    expect(text).toBe(
      `${[
        'Bonjour,',
        'Vous avez signé <au nom de> « Tom & Jerry ».\nMerci !',
        `Confirmer ma signature\n${LINK}`,
        'Avec un script :\n<script type="module" src="https://registre.example.org/widgets/badge.js"></script>',
        'Si vous n’êtes pas à l’origine de cette signature, ignorez ce message.',
        '— Le registre du manifeste PlateformCoop',
      ].join('\n\n')}\n`,
    );
  });
});
