import type { AreaWords } from '../catalogue.js';
import type { MAIL_CODES } from '../message-code.js';

/** French words for the registry's mails. */
export const mailWords: AreaWords<typeof MAIL_CODES> = {
  'mail.confirm.subject': 'Confirmez votre signature du manifeste « {manifesto} »',
  'mail.confirm.body':
    'Bonjour,\n\nvous avez signé le manifeste « {manifesto} » au nom de : {signatory}.\n\nPour confirmer votre signature, ouvrez ce lien puis cliquez sur le bouton « Confirmer » (il est valable {hours} heures) :\n{link}\n\nSi vous n’êtes pas à l’origine de cette signature, ignorez ce message : rien ne sera publié et ces données seront effacées sous {days} jours.',
  'mail.already_signed.subject': 'Le manifeste « {manifesto} » a déjà été signé',
  'mail.already_signed.body':
    'Bonjour,\n\nune nouvelle signature du manifeste « {manifesto} » a été envoyée avec cette adresse, au nom de : {signatory}. Une signature existe déjà : elle n’a pas été enregistrée une seconde fois et vous n’avez rien à faire.\n\nSi vous n’êtes pas à l’origine de cet envoi, ignorez ce message.',
  'mail.confirmed.subject': 'Votre signature du manifeste « {manifesto} » est confirmée',
  'mail.confirmed.published': 'Merci ! Votre signature est confirmée et publiée.',
  'mail.confirmed.moderated':
    'Merci ! Votre signature est confirmée. Elle sera publiée après vérification par l’équipe de la campagne.',
  'mail.confirmed.withdraw':
    'Vous pouvez retirer votre signature à tout moment avec ce lien (gardez ce message) :\n{link}',
  'mail.rejected.subject': 'Votre signature du manifeste « {manifesto} » n’a pas été publiée',
  'mail.rejected.body':
    'Bonjour,\n\nl’équipe de la campagne a examiné la signature du manifeste « {manifesto} » envoyée au nom de : {signatory}. Elle ne l’a pas publiée.',
  'mail.rejected.reason': 'Motif : {reason}',
  'mail.rejected.after':
    'Vos données personnelles ont été effacées. Si vous pensez qu’il s’agit d’une erreur, vous pouvez signer à nouveau.',
  'mail.badge.subject': 'Affichez le badge de signataire de « {platform} »',
  'mail.badge.body':
    'Bonjour,\n\nla signature de « {platform} » est publiée. Son badge de signataire peut s’afficher sur votre site, de l’une de ces façons :',
  'mail.badge.script': 'Avec un script :',
  'mail.badge.mount': 'Dans un éditeur qui retire les balises inconnues (WordPress, Drupal…) :',
  'mail.badge.image': 'En image, sans script :',
  'mail.badge.shields': 'Avec shields.io :',
  'mail.signature': '— Le registre du manifeste PlateformCoop',
};
