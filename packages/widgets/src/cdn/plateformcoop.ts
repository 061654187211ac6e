/** The all-in-one browser bundle: defines every element and upgrades `data-plateformcoop` mounts. */
import '../define.js';
import { bootBundle } from './boot.js';

bootBundle();
