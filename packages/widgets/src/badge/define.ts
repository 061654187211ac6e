import { defineElement } from '../shared/define-element.js';
import { PlateformcoopBadge } from './badge.element.js';

defineElement('plateformcoop-badge', PlateformcoopBadge);

export { PlateformcoopBadge };
