/** Defines every PlateformCoop element (importing this module is enough). */
import './badge/define.js';
import './counter/define.js';
import './platform-card/define.js';
import './signatories/define.js';
import './signature-form/define.js';

export { mountDataElements } from './shared/data-mount.js';
