/** Browser bundle of <plateformcoop-counter> alone. */
import '../counter/define.js';
import { bootBundle } from './boot.js';

bootBundle(['counter']);
