import { defineElement } from '../shared/define-element.js';
import { PlateformcoopPlatformCard } from './platform-card.element.js';

defineElement('plateformcoop-platform-card', PlateformcoopPlatformCard);

export { PlateformcoopPlatformCard };
