import { defineElement } from '../shared/define-element.js';
import { PlateformcoopSignatories } from './signatories.element.js';

defineElement('plateformcoop-signatories', PlateformcoopSignatories);

export { PlateformcoopSignatories };
