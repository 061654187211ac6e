import type { OpenAPIV3_1 } from 'openapi-types';
import { openApiDocument } from '../http/openapi/document.js';
import type { AnyRoute } from '../http/route.js';
import { routeTable } from '../http/route-table.js';
import { REGISTRY_VERSION } from '../version.js';

/** One answer a test saw: the request's method and path, and the status it got. */
export interface ObservedAnswer {
  method: string;
  path: string;
  status: number;
}

const patternOf = (template: string) =>
  new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '[^/]+')}$`);

/** The route that answered a request, by method and path (literal paths before templates). */
function routeOf(routes: readonly AnyRoute[], method: string, path: string): AnyRoute | undefined {
  const candidates = routes.filter(
    (route) =>
      route.method === method && !route.path.includes('*') && patternOf(route.path).test(path),
  );
  return candidates.find((route) => !route.path.includes('{')) ?? candidates[0];
}

/**
 * The answers that the API description does not document: for each observed answer of a
 * documented route, its status must be one of the operation's responses. Requests no route
 * answered (404), preflights and undocumented routes (static files) are not the document's.
 */
export function undocumentedAnswers(
  observed: readonly ObservedAnswer[],
  document: OpenAPIV3_1.Document,
  routes: readonly AnyRoute[] = routeTable,
): string[] {
  const missing = new Set<string>();
  for (const { method, path, status } of observed) {
    const verb = method === 'HEAD' ? 'get' : method.toLowerCase();
    const route = routeOf(routes, verb, path);
    if (!route || route.undocumented) continue;
    const operation = document.paths?.[route.path]?.[verb as OpenAPIV3_1.HttpMethods];
    if (!operation) missing.add(`${method} ${route.path}: no operation in the document`);
    else if (!(String(status) in (operation.responses ?? {})))
      missing.add(`${method} ${route.path} answered ${status}, which the document does not list`);
  }
  return [...missing];
}

/** The registry's API description, as its registries serve it (without `servers`). */
export const registryDocument = () => openApiDocument(routeTable, REGISTRY_VERSION);
