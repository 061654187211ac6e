import type { AreaWords } from '../catalogue.js';
import type { WIDGET_MAP_CODES } from '../message-code.js';

/** English words for `<plateformcoop-map>`. */
export const widgetMapWords: AreaWords<typeof WIDGET_MAP_CODES> = {
  'widget.map.title.departement': 'Signatures by département',
  'widget.map.title.region': 'Signatures by region',
  'widget.map.keys': 'Move from one territory to another with the arrow keys.',
  'widget.map.shape': '{name} ({code}): {count}',
  'widget.map.count.one': '{count} signature',
  'widget.map.count.other': '{count} signatures',
  'widget.map.legend': 'Legend',
  'widget.map.legend.none': 'none',
  'widget.map.legend.range': '{from} to {to}',
  'widget.map.overseas': 'Overseas',
  'widget.map.table.show': 'Show the figures as a table',
  'widget.map.table.departement': 'Département',
  'widget.map.table.region': 'Region',
  'widget.map.table.code': 'Code',
  'widget.map.table.count': 'Signatures',
  'widget.map.table.empty': 'No signature is tied to a territory yet.',
  'widget.map.changed': 'Map updated: {count} in all',
  'widget.map.credit': 'Base map:',
};
