import { defineElement } from '../shared/define-element.js';
import { PlateformcoopCounter } from './counter.element.js';

defineElement('plateformcoop-counter', PlateformcoopCounter);

export { PlateformcoopCounter };
