/** Browser bundle of <plateformcoop-badge> alone. */
import '../badge/define.js';
import { bootBundle } from './boot.js';

bootBundle(['badge']);
