import type { AreaWords } from '../catalogue.js';
import type { REGISTRY_CODES } from '../message-code.js';

/** French words for the registry's answers and errors. */
export const registryWords: AreaWords<typeof REGISTRY_CODES> = {
  'transition.forbidden': "Cette action n'est pas possible dans l'état actuel de la signature.",
  'signature.already_signed':
    'Ce manifeste a déjà été signé pour cette structure ou avec cette adresse. Un e-mail vous a été envoyé.',
  'signature.competing':
    'Une autre signature de cette organisation est déjà publiée : rejetez-la d’abord pour publier celle-ci.',
  'signature.confirmed':
    'Cette signature est déjà confirmée : l’équipe de la campagne la vérifie avant de la publier.',
  'signature.published': 'Cette signature est déjà confirmée et publiée.',
  'signature.rejected':
    'L’équipe de la campagne n’a pas publié cette signature : ce lien ne sert plus.',
  'signature.withdrawn':
    'Cette signature a été retirée : ce lien ne sert plus. Vous pouvez signer à nouveau à tout moment.',
  'signature.expired':
    'Cette signature n’a pas été confirmée à temps et ses données ont été effacées. Vous pouvez signer à nouveau.',
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
  'manifesto.closed':
    "La signature de ce manifeste n'est pas ouverte en ce moment : la campagne n'a pas commencé ou elle est close.",
  'signature.duplicate': 'Ce signataire a déjà signé ce manifeste.',
};
