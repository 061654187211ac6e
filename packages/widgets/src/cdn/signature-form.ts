/** Browser bundle of <plateformcoop-signature-form> alone. */
import '../signature-form/define.js';
import { bootBundle } from './boot.js';

bootBundle(['signature-form']);
