import type { Locale } from '@plateformcoop/model';
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { fr } from './fr.js';

/** The catalogue of every language the software speaks, by locale. */
export const catalogues: Readonly<Record<Locale, Catalogue>> = { fr, en };
