import type { AreaWords } from '../catalogue.js';
import type { WIDGET_COUNTER_CODES } from '../message-code.js';

/** English words for `<plateformcoop-counter>`. */
export const widgetCounterWords: AreaWords<typeof WIDGET_COUNTER_CODES> = {
  'widget.counter.label.one': 'signature',
  'widget.counter.label.other': 'signatures',
  'widget.counter.changed': 'New total: {count}',
  'widget.counter.goal': 'Goal: {goal}',
  'widget.counter.progress': 'Progress towards the goal',
};
