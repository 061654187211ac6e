import { defineElement } from '../shared/define-element.js';
import { PlateformcoopMap } from './map.element.js';

defineElement('plateformcoop-map', PlateformcoopMap);

export { PlateformcoopMap };
