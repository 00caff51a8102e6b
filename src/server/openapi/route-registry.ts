// Remembers every route as it is registered, so the OpenAPI document (and its test) can be checked
// against what the server really serves.
import type { FastifyInstance } from "fastify";

export interface RegisteredRoute {
  method: string;
  /** Fastify's pattern, e.g. /api/agendas/:id */
  url: string;
}

const registry = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Call first thing on a new app: routes added before this are not seen. */
export function collectRoutes(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  registry.set(app, routes);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // HEAD twins of GET routes are added by Fastify itself.
      if (method === "HEAD") continue;
      routes.push({ method, url: route.url });
    }
  });
}

export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return registry.get(app) ?? [];
}

/** /api/agendas/:id → /api/agendas/{id} */
export const toOpenApiPath = (url: string): string => url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
