import { defineElement } from '../shared/define-element.js';
import { PlateformcoopSignatureForm } from './signature-form.element.js';

defineElement('plateformcoop-signature-form', PlateformcoopSignatureForm);

export { PlateformcoopSignatureForm };
