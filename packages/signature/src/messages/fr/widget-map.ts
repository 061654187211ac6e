import type { AreaWords } from '../catalogue.js';
import type { WIDGET_MAP_CODES } from '../message-code.js';

/** French words for `<plateformcoop-map>`. */
export const widgetMapWords: AreaWords<typeof WIDGET_MAP_CODES> = {
  'widget.map.title.departement': 'Signatures par département',
  'widget.map.title.region': 'Signatures par région',
  'widget.map.keys': 'Passez d’un territoire à l’autre avec les flèches du clavier.',
  'widget.map.shape': '{name} ({code}) : {count}',
  'widget.map.count.one': '{count} signature',
  'widget.map.count.other': '{count} signatures',
  'widget.map.legend': 'Légende',
  'widget.map.legend.none': 'aucune',
  'widget.map.legend.range': 'de {from} à {to}',
  'widget.map.overseas': 'Outre-mer',
  'widget.map.table.show': 'Voir les chiffres en tableau',
  'widget.map.table.departement': 'Département',
  'widget.map.table.region': 'Région',
  'widget.map.table.code': 'Code',
  'widget.map.table.count': 'Signatures',
  'widget.map.table.empty': 'Aucune signature n’est encore rattachée à un territoire.',
  'widget.map.changed': 'Carte mise à jour : {count} au total',
  'widget.map.credit': 'Fond de carte :',
};
