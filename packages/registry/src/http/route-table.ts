import type { AnyRoute } from './route.js';
import { certificateRoutes } from './routes/certificate-routes.js';
import { collectivityRoutes } from './routes/collectivity-routes.js';
import { consoleRoutes } from './routes/console-routes.js';
import { counterRoutes } from './routes/counter-routes.js';
import { embedRoutes } from './routes/embed-routes.js';
import { homeRoutes } from './routes/home-routes.js';
import { manifestoRoutes } from './routes/manifesto-routes.js';
import { metricsRoutes } from './routes/metrics-routes.js';
import { moderationRoutes } from './routes/moderation-routes.js';
import { openDataRoutes } from './routes/open-data-routes.js';
import { pageRoutes } from './routes/page-routes.js';
import { platformRoutes } from './routes/platform-routes.js';
import { signatoryRoutes } from './routes/signatory-routes.js';
import { signatureRoutes } from './routes/signature-routes.js';
import { widgetRoutes } from './routes/widget-routes.js';

/**
 * Every route of the registry, each declared once (see `route.ts`): `app.ts` mounts them,
 * choosing each one's default headers by its exposure, and `openapi/document.ts` describes
 * them. The order is the API description's.
 */
export const routeTable: readonly AnyRoute[] = [
  ...manifestoRoutes,
  ...signatureRoutes,
  ...counterRoutes,
  ...signatoryRoutes,
  ...openDataRoutes,
  ...certificateRoutes,
  ...platformRoutes,
  ...collectivityRoutes,
  ...moderationRoutes,
  ...metricsRoutes,
  ...homeRoutes,
  ...pageRoutes,
  ...embedRoutes,
  ...widgetRoutes,
  ...consoleRoutes,
];
