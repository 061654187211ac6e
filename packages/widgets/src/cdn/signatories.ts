/** Browser bundle of <plateformcoop-signatories> alone. */
import '../signatories/define.js';
import { bootBundle } from './boot.js';

bootBundle(['signatories']);
