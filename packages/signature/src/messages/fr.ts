import type { Catalogue } from './catalogue.js';

/** French: the reference language of the software and of the manifesto. */
export const fr: Catalogue = {
  'submission.invalid': 'Le formulaire envoyé est illisible. Rechargez la page et réessayez.',
  'locale.unsupported': "Cette langue n'est pas proposée : choisissez le français ou l'anglais.",
  'field.required': 'Ce champ est obligatoire.',
  'field.invalid': "Cette valeur n'est pas valide.",
  'field.unknown': 'Ce champ ne fait pas partie du formulaire de signature.',
  'choice.invalid': 'Choisissez une des valeurs proposées.',
  'text.too_long': 'Ce texte est trop long : {max} caractères au plus.',
  'text.formula': 'Ce texte ne peut pas commencer par =, +, - ou @.',
  'siren.format': 'Le numéro SIREN comporte 9 chiffres, par exemple 215 903 501.',
  'siren.checksum':
    "Ce numéro SIREN n'existe pas : un chiffre est sans doute mal saisi. Vérifiez-le sur votre avis de situation Sirene.",
  'siret.format':
    'Le numéro SIRET comporte 14 chiffres : le SIREN (9 chiffres) suivi de 5 chiffres.',
  'siret.checksum':
    "Ce numéro SIRET n'existe pas : un chiffre est sans doute mal saisi. Vérifiez-le sur votre avis de situation Sirene.",
  'insee.format':
    "Le code INSEE d'une commune comporte 5 caractères, par exemple 59350 pour Lille ou 2A004 pour Ajaccio. Ce n'est pas le code postal.",
  'insee.invalid':
    'Ce code INSEE ne correspond à aucune commune : vérifiez les premiers caractères, qui sont ceux du département.',
  'departement.invalid': "Ce numéro de département n'existe pas. Exemples : 59, 2A, 974.",
  'region.invalid': "Ce code de région n'existe pas. Exemple : 32 pour les Hauts-de-France.",
  'postal_code.format': 'Le code postal comporte 5 chiffres, par exemple 59000.',
  'postal_code.invalid': "Ce code postal n'existe pas : vérifiez les deux premiers chiffres.",
  'email.invalid': "Cette adresse e-mail n'est pas valide. Exemple : prenom.nom@exemple.fr.",
  'phone.invalid':
    "Ce numéro de téléphone n'est pas valide. Exemples : 03 20 00 00 00 ou +33 3 20 00 00 00.",
  'url.invalid': 'Saisissez une adresse web complète, par exemple https://exemple.fr.',
  'url.scheme': 'Seules les adresses web commençant par http:// ou https:// sont acceptées.',
  'website.https': "L'adresse du site doit commencer par https://.",
  'manifesto.unknown': "Ce manifeste n'existe pas.",
  'manifesto.outdated':
    'Le texte du manifeste a changé depuis que vous avez ouvert la page : relisez-le, puis signez à nouveau.',
  'kind.invalid':
    'Indiquez à quel titre vous signez : collectivité, plateforme, organisation ou particulier.',
  'kind.not_accepted': 'Ce manifeste ne peut pas être signé à ce titre.',
  'collectivity.insee_required': 'Indiquez le code INSEE de la commune.',
  'collectivity.siren_required': 'Indiquez le numéro SIREN de la collectivité.',
  'collectivity.siren_forbidden':
    "Une commune associée ou déléguée n'a pas de numéro SIREN propre : laissez ce champ vide.",
  'collectivity.epci_type_mismatch':
    "La catégorie d'EPCI ne s'indique que pour un EPCI à fiscalité propre.",
  'collectivity.departement_mismatch': "Ce département n'est pas celui du code INSEE indiqué.",
  'collectivity.not_found':
    'Aucune collectivité ne porte ce code dans le code officiel géographique : vérifiez-le.',
  'role.not_for_kind': 'Cette fonction ne correspond pas à ce type de signataire.',
  'representative.authorisation_required':
    'Vous devez déclarer être habilité·e à signer au nom de la structure.',
  'consent.required': 'Cochez la case pour signer le manifeste.',
  'commitment.unknown': 'Cet engagement ne figure pas dans le manifeste.',
  'commitment.not_for_kind': "Cet engagement ne s'adresse pas à ce type de signataire.",
  'commitment.too_many': 'Choisissez au plus {max} engagements.',
  'transition.forbidden': "Cette action n'est pas possible dans l'état actuel de la signature.",
  'signature.already_signed':
    'Ce manifeste a déjà été signé pour cette structure ou avec cette adresse. Un e-mail vous a été envoyé.',
  'token.invalid': "Ce lien n'est pas valide. Vérifiez qu'il a été copié en entier.",
  'token.expired': 'Ce lien a expiré. Vous pouvez en demander un nouveau.',
  'token.purpose': 'Ce lien ne sert pas à cette action.',
  'attestation.invalid': "Cette attestation de signature n'est pas authentique.",
  'attestation.expired': 'Cette attestation de signature a expiré.',
  'attestation.unknown_key':
    'Cette attestation a été signée avec une clé que le registre ne publie pas (ou plus).',
  'challenge.required':
    "La vérification anti-robot n'est pas terminée : patientez quelques secondes, puis réessayez.",
  'challenge.invalid': 'La vérification anti-robot a échoué : rechargez la page, puis réessayez.',
  'challenge.expired': 'La vérification anti-robot a expiré : réessayez.',
  'challenge.replayed': 'Cette vérification anti-robot a déjà servi : réessayez.',
  'request.malformed_json': "La requête n'est pas du JSON valide.",
  'request.unsupported_media_type':
    'La requête doit être envoyée en JSON (Content-Type: application/json).',
  'request.too_large': 'La requête est trop volumineuse.',
  'request.method_not_allowed': "Cette méthode HTTP n'est pas acceptée ici.",
  'rate.limited': 'Trop de tentatives en peu de temps. Patientez quelques minutes, puis réessayez.',
  not_found: "Cette page ou cette ressource n'existe pas.",
  'auth.required': 'Identifiez-vous pour accéder à cette page.',
  'auth.forbidden': "Vous n'avez pas le droit de faire cette action.",
  'server.error': "Une erreur inattendue s'est produite. Réessayez plus tard.",
  'server.unavailable':
    'Le service est momentanément indisponible. Réessayez dans quelques minutes.',
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
  'page.confirm.title': 'Confirmer votre signature',
  'page.confirm.intro': 'Pour confirmer votre signature du manifeste, cliquez sur le bouton.',
  'page.confirm.button': 'Confirmer ma signature',
  'page.confirm.done':
    'Merci, votre signature est confirmée. Un e-mail vous a été envoyé avec un lien pour la retirer si vous le souhaitez.',
  'page.withdraw.title': 'Retirer votre signature',
  'page.withdraw.intro':
    'Pour retirer votre signature du manifeste, cliquez sur le bouton. Vos données personnelles seront effacées.',
  'page.withdraw.button': 'Retirer ma signature',
  'page.withdraw.done': 'Votre signature est retirée et vos données personnelles sont effacées.',
  'page.noscript': 'Cette page a besoin de JavaScript pour envoyer votre choix.',
  'page.docs.title': 'API du registre PlateformCoop',
  'page.embed.title': 'Manifeste PlateformCoop',
  'badge.label': 'PlateformCoop',
  'badge.signed': 'signataire',
  'badge.not_signed': 'non signataire',
};
