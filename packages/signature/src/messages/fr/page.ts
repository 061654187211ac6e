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
  'page.home.open_data': 'Données ouvertes',
  'page.home.open_data_intro':
    'Les signataires publiés de chaque manifeste, réutilisables sous la {licence} : sans e-mail ni téléphone, le nom d’une personne seulement avec son accord.',
  'page.home.open_data_csv': 'les signataires en CSV',
  'page.home.open_data_json': 'en JSON',
  'page.home.open_data_package': 'leur description (Data Package)',
  'page.certificate.title': 'Certificat de signature',
  'page.certificate.intro': 'Le registre {campaign} certifie la signature suivante du manifeste.',
  'page.certificate.signatory': 'Signataire',
  'page.certificate.name': 'Nom',
  'page.certificate.name_withheld': 'nom non publié, à la demande de la personne',
  'page.certificate.name_erased': 'nom effacé après le retrait',
  'page.certificate.kind': 'Type',
  'page.certificate.insee': 'Code INSEE',
  'page.certificate.siren': 'SIREN',
  'page.certificate.departement': 'Département',
  'page.certificate.representative': 'Signé par',
  'page.certificate.manifesto': 'Manifeste',
  'page.certificate.version': 'Version',
  'page.certificate.version_other': 'une version antérieure',
  'page.certificate.hash': 'Empreinte du texte signé',
  'page.certificate.commitments': 'Engagements adoptés',
  'page.certificate.no_commitment': 'Aucun engagement choisi en particulier.',
  'page.certificate.dates': 'Dates',
  'page.certificate.signed_at': 'Signé le',
  'page.certificate.published_at': 'Publié le',
  'page.certificate.deliberation': 'Délibération',
  'page.certificate.deliberation_value': 'du {date}, n° {reference}',
  'page.certificate.channel': 'Mode',
  'page.certificate.channel.online': 'en ligne, confirmée par e-mail',
  'page.certificate.channel.offline': 'enregistrée d’après une délibération',
  'page.certificate.state': 'État actuel',
  'page.certificate.state.published':
    'Cette signature est en vigueur : elle figure dans la liste publique des signataires.',
  'page.certificate.state.withdrawn': 'Cette signature a été retirée le {date}.',
  'page.certificate.verify':
    'Cette page donne toujours l’état de la signature dans le registre ; le code QR du certificat imprimé y mène.',
  'page.certificate.qr': 'Code QR menant à cette page',
  'page.certificate.downloads': 'Télécharger',
  'page.certificate.pdf': 'Le certificat en PDF',
  'page.certificate.jws': 'Les faits signés par le registre (JWS compact, EdDSA)',
  'page.certificate.jwks': 'Les clés publiques qui les vérifient (JWKS)',
  'page.certificate.issued': 'Établi le {date} par le registre {campaign}.',
  'badge.label': 'PlateformCoop',
  'badge.signed': 'signataire',
  'badge.not_signed': 'non signataire',
};
