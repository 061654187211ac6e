import type { AreaWords } from '../catalogue.js';
import type { PAGE_CODES } from '../message-code.js';

/** French words for the registry's pages and badge images. */
export const pageWords: AreaWords<typeof PAGE_CODES> = {
  'page.confirm.title': 'Confirmer votre signature',
  'page.confirm.intro':
    'Pour confirmer votre signature du manifeste {campaign}, appuyez sur le bouton.',
  'page.confirm.button': 'Confirmer ma signature',
  'page.confirm.done.published': 'Merci ! Votre signature est confirmée et publiée.',
  'page.confirm.done.moderated':
    'Merci ! Votre signature est confirmée. L’équipe de la campagne la vérifie avant de la publier.',
  'page.confirm.mailed':
    'Un e-mail vous a été envoyé, avec un lien pour la retirer si vous le souhaitez.',
  'page.withdraw.title': 'Retirer votre signature',
  'page.withdraw.intro':
    'Pour retirer votre signature du manifeste {campaign}, appuyez sur le bouton. Vos données personnelles seront effacées.',
  'page.withdraw.button': 'Retirer ma signature',
  'page.withdraw.done': 'Votre signature est retirée et vos données personnelles sont effacées.',
  'page.withdraw.mailed': 'Un dernier e-mail vous le confirme.',
  'page.link.title': 'Ce lien ne fonctionne plus',
  'page.link.invalid':
    'Ce lien n’est pas valide : il a peut-être été coupé. Copiez l’adresse entière depuis l’e-mail, ou ouvrez-le à nouveau.',
  'page.link.expired':
    'Ce lien a expiré. Demandez un nouvel e-mail : il contiendra un lien valable.',
  'page.link.sign-again':
    'Si vous ne retrouvez pas l’e-mail, signez à nouveau depuis la page du manifeste : un nouveau lien vous sera envoyé.',
  'page.resend.button': 'Renvoyer l’e-mail',
  'page.resend.done':
    'C’est fait. Si votre signature attend encore sa confirmation, un nouvel e-mail vient de partir : pensez à regarder dans les courriers indésirables.',
  'page.back': 'Revenir à la page où vous avez signé',
  'page.sending': 'Envoi en cours…',
  'page.failed': 'Le registre ne répond pas. Réessayez dans un instant.',
  'page.noscript': 'Cette page a besoin de JavaScript pour envoyer votre choix.',
  'page.docs.title': 'API du registre PlateformCoop',
  'page.embed.title': 'Manifeste PlateformCoop',
  'page.home.title': 'Registre des signatures PlateformCoop',
  'page.home.intro':
    'Ce registre reçoit les signatures du manifeste PlateformCoop, les fait confirmer par e-mail, les compte et publie la liste des signataires. Les formulaires, compteurs, badges et listes affichés sur d’autres sites lisent ses données.',
  'page.home.manifestos': 'Manifestes',
  'page.home.total': 'Signatures publiées : {total}',
  'page.home.counter_json': 'le compteur en JSON',
  'page.home.embed': 'Afficher le compteur sur votre site',
  'page.home.embed_intro':
    'Collez ces deux lignes dans une page de votre site : le compteur s’y affiche et se met à jour en direct.',
  'page.home.developers': 'Pour les développeurs',
  'page.home.docs': 'La documentation de l’API',
  'page.home.openapi': 'La description OpenAPI 3.1 (JSON)',
  'page.home.moderation': 'Modération',
  'page.home.console': 'La console de modération (jeton administrateur requis)',
  'badge.label': 'PlateformCoop',
  'badge.signed': 'signataire',
  'badge.not_signed': 'non signataire',
  'page.home.campaign': 'Campagne : {name}',
  'page.home.version': 'Version {version} du {date}',
  'page.home.open': 'Signature ouverte',
  'page.home.closed': 'Campagne close : la signature a pris fin le {date}',
  'page.home.opens': 'La signature ouvrira le {date}',
  'page.home.goal': 'Objectif : {goal} signatures',
  'page.home.previous': 'Versions précédentes du texte',
};
