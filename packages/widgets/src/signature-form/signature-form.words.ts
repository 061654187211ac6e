/**
 * The words of `<plateformcoop-signature-form>`: its area of the core's message catalogue (its
 * steps, states and field labels), French and English. The issues of its fields come worded by
 * the validator, from the validation and identifier areas; the registry words its own.
 */
export { widgetFormWords as en } from '@plateformcoop/signature/messages/en/widget-form';
export { widgetFormWords as fr } from '@plateformcoop/signature/messages/fr/widget-form';
