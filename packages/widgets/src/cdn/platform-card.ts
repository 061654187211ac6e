/** Browser bundle of <plateformcoop-platform-card> alone. */
import '../platform-card/define.js';
import { bootBundle } from './boot.js';

bootBundle(['platform-card']);
