import type { Manifesto } from '../manifesto/manifesto.schema.js';
import { commitmentGroups, commitments } from './commitments.js';
import { manifestoTextEn } from './manifesto-text.en.js';
import { manifestoTextFr } from './manifesto-text.fr.js';

/** The id of the PlateformCoop manifesto, the default everywhere. */
export const PLATEFORMCOOP_2023 = 'plateformcoop-2023';

/**
 * The PlateformCoop Nord-Pas de Calais manifesto (APES Hauts-de-France, November 2023).
 * `contentHash` is checked against `manifestoContentHash` by the package's tests: edit the text,
 * and the test gives the new hash (and a new `version` is due, since signatures record the hash).
 */
export const plateformcoop2023: Manifesto = {
  id: PLATEFORMCOOP_2023,
  version: '2023-11',
  publishedOn: '2023-11-01',
  originalLocale: 'fr',
  texts: { fr: manifestoTextFr, en: manifestoTextEn },
  commitmentGroups,
  commitments,
  acceptedKinds: ['collectivity', 'platform', 'organization', 'individual'],
  contentHash: 'sha256:19543bd192154013f34a43257c944645ee4054af510240ffae5163de564a4615',
};

/** Every manifesto this package knows, by id. */
export const manifestos: readonly Manifesto[] = [plateformcoop2023];
