import type { AreaWords } from '../catalogue.js';
import type { WIDGET_FORM_CODES } from '../message-code.js';

/** French words for `<plateformcoop-signature-form>`. */
export const widgetFormWords: AreaWords<typeof WIDGET_FORM_CODES> = {
  'widget.form.title': 'Signer le manifeste',
  'widget.form.required-note': 'Les champs marqués * sont obligatoires.',
  'widget.form.kind': 'Vous signez en tant que',
  'widget.form.collectivity': 'Votre collectivité',
  'widget.form.collectivity.hint':
    'Tapez son nom, son code postal ou son code INSEE, puis choisissez-la dans la liste officielle proposée.',
  'widget.form.collectivity.results.one': '{count} collectivité proposée',
  'widget.form.collectivity.results.other': '{count} collectivités proposées',
  'widget.form.collectivity.chosen': 'Collectivité choisie : {name}',
  'widget.form.steps': 'Le formulaire compte {steps} étapes.',
  'widget.form.step': 'Étape {step} sur {steps}',
  'widget.form.section.collectivity': 'La collectivité',
  'widget.form.section.platform': 'La plateforme',
  'widget.form.section.organization': "L'organisation",
  'widget.form.section.representative': 'La personne qui signe',
  'widget.form.section.individual': 'Vos coordonnées',
  'widget.form.commitments': 'Les engagements que vous adoptez',
  'widget.form.commitments.hint':
    'Facultatif : cochez ceux que vous adoptez. Ils sont regroupés selon les axes du manifeste.',
  'widget.form.commitment.details': 'En savoir plus',
  'widget.form.commitment.details-of': 'En savoir plus : {label}',
  'widget.form.consents': 'Vos accords',
  'widget.form.privacy':
    "Vos coordonnées servent uniquement à confirmer votre signature et, si vous l'acceptez, à vous tenir informé·e. Elles ne sont jamais publiées ni cédées. Vous pouvez retirer votre signature à tout moment.",
  'widget.form.privacy-link': 'Politique de confidentialité',
  'widget.form.submit': 'Signer',
  'widget.form.submitting': 'Envoi de votre signature…',
  'widget.form.retry': 'Réessayer',
  'widget.form.network-kept': 'Ce que vous avez saisi est conservé.',
  'widget.form.summary.one': 'Le formulaire contient {count} erreur :',
  'widget.form.summary.other': 'Le formulaire contient {count} erreurs :',
  'widget.form.summary.entry': '{field} : {message}',
  'widget.form.sent.title': 'Vérifiez votre boîte mail',
  'widget.form.sent.body':
    'Nous avons envoyé un lien de confirmation à {email}. Ouvrez ce message et confirmez votre signature avec son bouton.',
  'widget.form.sent.next.published': 'Votre signature sera publiée dès que vous l’aurez confirmée.',
  'widget.form.sent.next.moderated':
    'Une fois confirmée, votre signature sera vérifiée par l’équipe de la campagne avant d’être publiée. Vous recevrez un e-mail à chaque étape.',
  'widget.form.sent.recap': 'Récapitulatif',
  'widget.form.sent.email': 'Adresse e-mail',
  'widget.form.sent.kind': 'Vous signez en tant que',
  'widget.form.sent.signatory': 'Au nom de',
  'widget.form.sent.commitments': 'Engagements adoptés',
  'widget.form.sent.no-commitments': 'Aucun',
  'widget.form.resend': 'Renvoyer l’e-mail',
  'widget.form.resend.hint':
    'Rien reçu ? Regardez dans les courriers indésirables, ou demandez un nouvel envoi.',
  'widget.form.resent':
    'C’est fait : si votre signature attend encore sa confirmation, un nouvel e-mail vient de partir vers {email}.',
  'widget.form.select': 'Choisir…',
  'signatory.kind': 'Type de signataire',
  'signatory.representative.givenName': 'Prénom',
  'signatory.representative.familyName': 'Nom',
  'signatory.representative.role': 'Fonction',
  'signatory.representative.function': 'Délégation ou intitulé précis',
  'signatory.representative.email': 'Adresse e-mail',
  'signatory.representative.phone': 'Téléphone',
  'signatory.representative.authorised': 'Je suis habilité·e à signer au nom de cette structure.',
  'signatory.platform.name': 'Nom de la plateforme',
  'signatory.platform.website': 'Site web (https://…)',
  'signatory.platform.sector': 'Secteur',
  'signatory.platform.legalForm': 'Forme juridique',
  'signatory.platform.siren': 'SIREN',
  'signatory.platform.territory': "Territoire d'activité",
  'signatory.organization.type': "Type d'organisation",
  'signatory.organization.name': "Nom de l'organisation",
  'signatory.organization.siren': 'SIREN',
  'signatory.organization.website': 'Site web (https://…)',
  'signatory.individual.givenName': 'Prénom',
  'signatory.individual.familyName': 'Nom',
  'signatory.individual.email': 'Adresse e-mail',
  'signatory.individual.postalCode': 'Code postal',
  'consents.sign': "Je signe le manifeste PlateformCoop et j'adopte les engagements cochés.",
  'consents.publicDisplay':
    "J'accepte que mon nom et ma fonction apparaissent, avec le nom de la structure, dans la liste publique des signataires.",
  'consents.publicDisplay.individual':
    "J'accepte que mon nom apparaisse dans la liste publique des signataires.",
  'consents.contact': "J'accepte d'être contacté·e par la campagne PlateformCoop.",
  'widget.form.closed':
    'La campagne de signature est close : ce manifeste ne peut plus être signé. La liste des signataires reste consultable.',
  'widget.form.not-open': 'La signature de ce manifeste ouvrira le {date}.',
  'widget.form.reloaded':
    "Le texte du manifeste vient d'être mis à jour : relisez-le, puis signez à nouveau. Ce que vous avez saisi est conservé.",
};
