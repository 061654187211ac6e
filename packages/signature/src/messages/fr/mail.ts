import type { AreaWords } from '../catalogue.js';
import type { MAIL_CODES } from '../message-code.js';

/** French words for the registry's mails. */
export const mailWords: AreaWords<typeof MAIL_CODES> = {
  'mail.greeting': 'Bonjour,',
  'mail.button.fallback':
    'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',
  'mail.back': 'Revenir à la page où vous avez signé',
  'mail.signature': '— Le registre du manifeste {campaign}',
  'mail.contact': 'Une question sur la campagne ? Écrivez à {contact}.',
  'mail.confirm.subject': 'Confirmez votre signature du manifeste {campaign}',
  'mail.confirm.preview': 'Un dernier geste : confirmez votre signature.',
  'mail.confirm.intro.individual': 'Vous avez signé le manifeste {campaign}. Merci !',
  'mail.confirm.intro.representative':
    'Vous avez signé le manifeste {campaign} au nom de {signatory}. Merci !',
  'mail.confirm.action':
    'Pour confirmer votre signature, appuyez sur ce bouton. Il reste valable {hours} heures.',
  'mail.confirm.button': 'Confirmer ma signature',
  'mail.confirm.next.published': 'Dès que vous l’aurez confirmée, votre signature sera publiée.',
  'mail.confirm.next.moderated':
    'Une fois confirmée, votre signature sera vérifiée par l’équipe de la campagne avant d’être publiée. Vous recevrez alors un e-mail.',
  'mail.confirm.ignore':
    'Si vous n’êtes pas à l’origine de cette signature, ignorez ce message : rien ne sera publié et ces données seront effacées sous {days} jours.',
  'mail.already_signed.subject': 'Le manifeste {campaign} a déjà été signé',
  'mail.already_signed.preview': 'Votre signature existe déjà : vous n’avez rien à faire.',
  'mail.already_signed.body.individual':
    'Une nouvelle signature du manifeste {campaign} a été envoyée avec cette adresse. Votre signature existe déjà : elle n’a pas été enregistrée une seconde fois, et vous n’avez rien à faire.',
  'mail.already_signed.body.representative':
    'Une nouvelle signature du manifeste {campaign} a été envoyée avec cette adresse, au nom de {signatory}. {signatory} a déjà signé : cette signature n’a pas été enregistrée une seconde fois, et vous n’avez rien à faire.',
  'mail.already_signed.ignore': 'Si vous n’êtes pas à l’origine de cet envoi, ignorez ce message.',
  'mail.confirmed.subject': 'Votre signature du manifeste {campaign} est confirmée',
  'mail.confirmed.preview': 'Merci ! Votre signature est confirmée.',
  'mail.confirmed.published':
    'Merci ! Votre signature du manifeste {campaign} est confirmée et publiée.',
  'mail.confirmed.moderated':
    'Merci ! Votre signature du manifeste {campaign} est confirmée. L’équipe de la campagne la vérifie avant de la publier : vous recevrez alors un e-mail.',
  'mail.certificate.action':
    'Le certificat de la signature, à imprimer ou à joindre à un dossier, est en ligne : il dit toujours où en est la signature.',
  'mail.certificate.button': 'Voir le certificat',
  'mail.withdraw.action':
    'Vous pouvez retirer votre signature à tout moment avec ce bouton. Gardez ce message.',
  'mail.withdraw.button': 'Retirer ma signature',
  'mail.published.subject': 'Votre signature du manifeste {campaign} est publiée',
  'mail.published.preview': 'Elle figure dans la liste des signataires.',
  'mail.published.body.individual':
    'L’équipe de la campagne a vérifié votre signature du manifeste {campaign} : elle est publiée. Merci !',
  'mail.published.body.representative':
    'L’équipe de la campagne a vérifié la signature du manifeste {campaign} au nom de {signatory} : elle est publiée dans la liste des signataires. Merci !',
  'mail.rejected.subject': 'Votre signature du manifeste {campaign} n’a pas été publiée',
  'mail.rejected.preview': 'L’équipe de la campagne ne l’a pas publiée.',
  'mail.rejected.body.individual':
    'L’équipe de la campagne a examiné votre signature du manifeste {campaign}. Elle ne l’a pas publiée.',
  'mail.rejected.body.representative':
    'L’équipe de la campagne a examiné la signature du manifeste {campaign} envoyée au nom de {signatory}. Elle ne l’a pas publiée.',
  'mail.rejected.reason': 'Motif : {reason}',
  'mail.rejected.after':
    'Vos données personnelles ont été effacées. Si vous pensez qu’il s’agit d’une erreur, vous pouvez signer à nouveau.',
  'mail.withdrawn.subject': 'Votre signature du manifeste {campaign} est retirée',
  'mail.withdrawn.preview': 'C’est fait, comme vous l’avez demandé.',
  'mail.withdrawn.body.individual':
    'Votre signature du manifeste {campaign} est retirée, comme vous l’avez demandé.',
  'mail.withdrawn.body.representative':
    'La signature du manifeste {campaign} au nom de {signatory} est retirée, comme vous l’avez demandé.',
  'mail.withdrawn.after':
    'Vos données personnelles sont effacées : ce message est le dernier que vous recevrez à ce sujet. Vous pouvez signer à nouveau à tout moment.',
  'mail.badge.subject': 'Affichez le badge de signataire de « {platform} »',
  'mail.badge.preview': 'Quatre façons de montrer sur votre site que vous avez signé.',
  'mail.badge.body':
    'La signature de « {platform} » est publiée. Son badge de signataire peut s’afficher sur votre site, de l’une de ces façons :',
  'mail.badge.script': 'Avec un script :',
  'mail.badge.mount': 'Dans un éditeur qui retire les balises inconnues (WordPress, Drupal…) :',
  'mail.badge.image': 'En image, sans script :',
  'mail.badge.shields': 'Avec shields.io :',
};
