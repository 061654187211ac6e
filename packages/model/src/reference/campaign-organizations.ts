import * as z from 'zod/mini';
import { LocalizedText } from '../primitives/text.js';
import { Slug } from '../primitives/web.js';
import { Organization } from '../signatory/organization.schema.js';

/** An organisation that carried the PlateformCoop programme, and what it did. */
export const CampaignOrganization = z.extend(Organization, {
  id: Slug,
  shortName: z.optional(z.string()),
  role: LocalizedText,
});
export type CampaignOrganization = z.infer<typeof CampaignOrganization>;

// As the manifesto names them; websites only where public and certain.
export const campaignOrganizations: CampaignOrganization[] = [
  {
    id: 'apes-hauts-de-france',
    type: 'ess-network',
    name: "Association Pour l'Économie Solidaire des Hauts-de-France",
    shortName: 'APES Hauts-de-France',
    website: 'https://apes-hdf.org',
    role: {
      fr: 'Porte le parcours PlateformCoop et le manifeste.',
      en: 'Leads the PlateformCoop programme and the manifesto.',
    },
  },
  {
    id: 'plateformes-en-commun',
    type: 'ess-network',
    name: 'Plateformes en commun',
    role: { fr: 'Appui au parcours PlateformCoop.', en: 'Supported the PlateformCoop programme.' },
  },
  {
    id: 'institut-mines-telecom',
    type: 'other',
    name: 'Institut Mines-Télécom',
    shortName: 'IMT',
    website: 'https://www.imt.fr',
    role: { fr: 'Appui au parcours PlateformCoop.', en: 'Supported the PlateformCoop programme.' },
  },
  {
    id: 'cae-tilt',
    type: 'company',
    name: "Coopérative d'Activités et d'Emploi TILT",
    shortName: 'CAE TILT',
    role: { fr: 'Appui au parcours PlateformCoop.', en: 'Supported the PlateformCoop programme.' },
  },
  {
    id: 'rtes',
    type: 'ess-network',
    name: 'Réseau des Collectivités Territoriales pour une Économie Solidaire',
    shortName: 'RTES',
    website: 'https://www.rtes.fr',
    role: { fr: 'Appui au parcours PlateformCoop.', en: 'Supported the PlateformCoop programme.' },
  },
];
