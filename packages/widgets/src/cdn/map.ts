/**
 * Browser bundle of <plateformcoop-map> alone. The map's geometry is a chunk of its own
 * (`chunks/map-shapes-<hash>.js`), fetched when a map is on the page: no other bundle has it.
 */
import '../map/define.js';
import { bootBundle } from './boot.js';

bootBundle(['map']);
