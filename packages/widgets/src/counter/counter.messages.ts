import type { MessageTable } from '../shared/messages.js';

/** Words of <plateformcoop-counter>. */
export const counterMessages: MessageTable = {
  fr: {
    'widget.counter.label.one': 'signature',
    'widget.counter.label.other': 'signatures',
    'widget.counter.changed': 'Nouveau total : {count}',
    'widget.counter.goal': 'Objectif : {goal}',
    'widget.counter.progress': "Progression vers l'objectif",
  },
  en: {
    'widget.counter.label.one': 'signature',
    'widget.counter.label.other': 'signatures',
    'widget.counter.changed': 'New total: {count}',
    'widget.counter.goal': 'Goal: {goal}',
    'widget.counter.progress': 'Progress towards the goal',
  },
};
