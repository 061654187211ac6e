/** Browser bundle for the registry's iframe pages: reports the page's height to the parent. */
import { reportHeight } from '../embed/embed-frame.js';

reportHeight();
