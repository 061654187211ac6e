import type { AreaWords } from '../catalogue.js';
import type { VALIDATION_CODES } from '../message-code.js';

/** French words for the issues of the signature form. */
export const validationWords: AreaWords<typeof VALIDATION_CODES> = {
  'submission.invalid': 'Le formulaire envoyé est illisible. Rechargez la page et réessayez.',
  'locale.unsupported': "Cette langue n'est pas proposée : choisissez le français ou l'anglais.",
  'field.required': 'Ce champ est obligatoire.',
  'field.invalid': "Cette valeur n'est pas valide.",
  'field.unknown': 'Ce champ ne fait pas partie du formulaire de signature.',
  'choice.invalid': 'Choisissez une des valeurs proposées.',
  'text.too_long': 'Ce texte est trop long : {max} caractères au plus.',
  'text.formula': 'Ce texte ne peut pas commencer par =, +, - ou @.',
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
};
