import type { WidgetLocale } from './locale.js';

/** A date as people read it in the widget's language (`12 mars 2026`, `12 March 2026`). */
export function formatDate(iso: string, locale: WidgetLocale): string {
  return new Date(iso).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
  });
}
