/** Browser bundle for host pages with widget iframes: resizes them to their content. */
import { resizeFramesOnMessage } from '../embed/embed-host.js';

resizeFramesOnMessage();
