import type { Locale } from '@plateformcoop/model';

// The words of the registry's own mails, pages and badges. They belong in the signature core's
// catalogue (`messages/fr.ts`, `messages/en.ts`) with every other user-facing word; until the
// core has these codes, they live here, in the core's format (code -> template with `{param}`
// placeholders), so that moving them is a copy. See the package README, "Words".

const words = {
  'mail.confirm.subject': {
    fr: 'Confirmez votre signature du manifeste « {manifesto} »',
    en: 'Confirm your signature of the “{manifesto}” manifesto',
  },
  'mail.confirm.body': {
    fr: 'Bonjour,\n\nvous avez signé le manifeste « {manifesto} » au nom de : {signatory}.\n\nPour confirmer votre signature, ouvrez ce lien puis cliquez sur le bouton « Confirmer » (il est valable {hours} heures) :\n{link}\n\nSi vous n’êtes pas à l’origine de cette signature, ignorez ce message : rien ne sera publié et ces données seront effacées sous {days} jours.',
    en: 'Hello,\n\nyou signed the “{manifesto}” manifesto on behalf of: {signatory}.\n\nTo confirm your signature, open this link and press the “Confirm” button (it is valid for {hours} hours):\n{link}\n\nIf you did not sign, ignore this message: nothing will be published and this data will be erased within {days} days.',
  },
  'mail.already_signed.subject': {
    fr: 'Le manifeste « {manifesto} » a déjà été signé',
    en: 'The “{manifesto}” manifesto has already been signed',
  },
  'mail.already_signed.body': {
    fr: 'Bonjour,\n\nune nouvelle signature du manifeste « {manifesto} » a été envoyée avec cette adresse, au nom de : {signatory}. Une signature existe déjà : elle n’a pas été enregistrée une seconde fois et vous n’avez rien à faire.\n\nSi vous n’êtes pas à l’origine de cet envoi, ignorez ce message.',
    en: 'Hello,\n\na new signature of the “{manifesto}” manifesto was sent with this address, on behalf of: {signatory}. A signature already exists: it was not recorded twice and there is nothing for you to do.\n\nIf you did not send it, ignore this message.',
  },
  'mail.confirmed.subject': {
    fr: 'Votre signature du manifeste « {manifesto} » est confirmée',
    en: 'Your signature of the “{manifesto}” manifesto is confirmed',
  },
  'mail.confirmed.published': {
    fr: 'Merci ! Votre signature est confirmée et publiée.',
    en: 'Thank you! Your signature is confirmed and published.',
  },
  'mail.confirmed.moderated': {
    fr: 'Merci ! Votre signature est confirmée. Elle sera publiée après vérification par l’équipe de la campagne.',
    en: 'Thank you! Your signature is confirmed. It will be published once the campaign team has checked it.',
  },
  'mail.confirmed.withdraw': {
    fr: 'Vous pouvez retirer votre signature à tout moment avec ce lien (gardez ce message) :\n{link}',
    en: 'You may withdraw your signature at any time with this link (keep this message):\n{link}',
  },
  'mail.badge.subject': {
    fr: 'Affichez le badge de signataire de « {platform} »',
    en: 'Show the signatory badge of “{platform}”',
  },
  'mail.badge.body': {
    fr: 'Bonjour,\n\nla signature de « {platform} » est publiée. Son badge de signataire peut s’afficher sur votre site, de l’une de ces façons :',
    en: 'Hello,\n\nthe signature of “{platform}” is published. Its signatory badge can be shown on your website in one of these ways:',
  },
  'mail.badge.script': { fr: 'Avec un script :', en: 'With a script:' },
  'mail.badge.mount': {
    fr: 'Dans un éditeur qui retire les balises inconnues (WordPress, Drupal…) :',
    en: 'In an editor that strips unknown tags (WordPress, Drupal…):',
  },
  'mail.badge.image': { fr: 'En image, sans script :', en: 'As an image, without a script:' },
  'mail.badge.shields': { fr: 'Avec shields.io :', en: 'With shields.io:' },
  'mail.signature': {
    fr: '— Le registre du manifeste PlateformCoop',
    en: '— The PlateformCoop manifesto registry',
  },
  'page.confirm.title': { fr: 'Confirmer votre signature', en: 'Confirm your signature' },
  'page.confirm.intro': {
    fr: 'Pour confirmer votre signature du manifeste, cliquez sur le bouton.',
    en: 'To confirm your signature of the manifesto, press the button.',
  },
  'page.confirm.button': { fr: 'Confirmer ma signature', en: 'Confirm my signature' },
  'page.confirm.done': {
    fr: 'Merci, votre signature est confirmée. Un e-mail vous a été envoyé avec un lien pour la retirer si vous le souhaitez.',
    en: 'Thank you, your signature is confirmed. An e-mail with a link to withdraw it was sent to you.',
  },
  'page.withdraw.title': { fr: 'Retirer votre signature', en: 'Withdraw your signature' },
  'page.withdraw.intro': {
    fr: 'Pour retirer votre signature du manifeste, cliquez sur le bouton. Vos données personnelles seront effacées.',
    en: 'To withdraw your signature of the manifesto, press the button. Your personal data will be erased.',
  },
  'page.withdraw.button': { fr: 'Retirer ma signature', en: 'Withdraw my signature' },
  'page.withdraw.done': {
    fr: 'Votre signature est retirée et vos données personnelles sont effacées.',
    en: 'Your signature is withdrawn and your personal data is erased.',
  },
  'page.noscript': {
    fr: 'Cette page a besoin de JavaScript pour envoyer votre choix.',
    en: 'This page needs JavaScript to send your choice.',
  },
  'page.docs.title': { fr: 'API du registre PlateformCoop', en: 'PlateformCoop registry API' },
  'badge.label': { fr: 'PlateformCoop', en: 'PlateformCoop' },
  'badge.signed': { fr: 'signataire', en: 'signatory' },
  'badge.not_signed': { fr: 'non signataire', en: 'not a signatory' },
} as const satisfies Record<string, Record<Locale, string>>;

export type RegistryWord = keyof typeof words;

/** Every code of this file, for the test that proves both languages are complete. */
export const REGISTRY_WORDS = Object.keys(words) as RegistryWord[];

/** The words for a code in a language, placeholders filled (the core's `messageFor` contract). */
export function wordsFor(
  code: RegistryWord,
  locale: Locale = 'fr',
  params: Record<string, string | number> = {},
): string {
  const template: string = words[code][locale] ?? words[code].fr;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
