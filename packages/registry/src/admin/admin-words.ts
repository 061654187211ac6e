import type { Locale } from '@plateformcoop/model';

// The words of the rejection mail, in the signature core's catalogue format (code -> template with
// `{param}` placeholders). They belong in the core's catalogue (`messages/fr.ts`, `messages/en.ts`)
// with the other `mail.*` codes; until it has them, they live here, so that moving them is a copy.

const words = {
  'mail.rejected.subject': {
    fr: 'Votre signature du manifeste « {manifesto} » n’a pas été publiée',
    en: 'Your signature of the “{manifesto}” manifesto was not published',
  },
  'mail.rejected.body': {
    fr: 'Bonjour,\n\nl’équipe de la campagne a examiné la signature du manifeste « {manifesto} » envoyée au nom de : {signatory}. Elle ne l’a pas publiée.',
    en: 'Hello,\n\nthe campaign team examined the signature of the “{manifesto}” manifesto sent on behalf of: {signatory}. It did not publish it.',
  },
  'mail.rejected.reason': {
    fr: 'Motif : {reason}',
    en: 'Reason: {reason}',
  },
  'mail.rejected.after': {
    fr: 'Vos données personnelles ont été effacées. Si vous pensez qu’il s’agit d’une erreur, vous pouvez signer à nouveau.',
    en: 'Your personal data has been erased. If you think this is a mistake, you may sign again.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type AdminWord = keyof typeof words;
export const ADMIN_WORDS = Object.keys(words) as AdminWord[];

export function adminWordsFor(
  code: AdminWord,
  locale: Locale = 'fr',
  params: Record<string, string | number> = {},
): string {
  const template: string = words[code][locale] ?? words[code].fr;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
