import type { AreaWords } from '../catalogue.js';
import type { WIDGET_COUNTER_CODES } from '../message-code.js';

/** French words for `<plateformcoop-counter>`. */
export const widgetCounterWords: AreaWords<typeof WIDGET_COUNTER_CODES> = {
  'widget.counter.label.one': 'signature',
  'widget.counter.label.other': 'signatures',
  'widget.counter.changed': 'Nouveau total : {count}',
  'widget.counter.goal': 'Objectif : {goal}',
  'widget.counter.progress': "Progression vers l'objectif",
};
