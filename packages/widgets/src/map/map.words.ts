/**
 * The words of `<plateformcoop-map>`: its area of the core's message catalogue, French and
 * English (a module of its own, as each widget's words are).
 */
export { widgetMapWords as en } from '@plateformcoop/signature/messages/en/widget-map';
export { widgetMapWords as fr } from '@plateformcoop/signature/messages/fr/widget-map';
