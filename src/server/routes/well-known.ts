// Files Microsoft 365 fetches from the server itself rather than from the client build:
// - /.well-known/microsoft-officeaddins-allowed.json: the event scripts allowed to get tokens and make
//   CORS requests from classic Outlook on Windows' JavaScript-only runtime (use-sso-in-event-based-activation).
// - /assets/icon-*.png: the ribbon and add-in icons the manifests point at (drawn by manifest/scripts/make-icons.ts).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { PROJECT_ROOT } from "../project-root";
import type { RouteDeps } from "./route-deps";

const ASSETS_DIR = path.join(PROJECT_ROOT, "assets");
export const ICON_FILES: readonly string[] = ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png", "icon-128.png", "color.png", "outline.png"];

/** The events script the manifests name, on this server's public URL. */
export function allowedAddinScripts(publicUrl: string): { allowed: string[] } {
  return { allowed: [`${publicUrl}/outlook/events.js`] };
}

export async function wellKnownRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const allowed = allowedAddinScripts(deps.config.publicUrl);
  app.get("/.well-known/microsoft-officeaddins-allowed.json", async (_request, reply) => {
    reply.header("cache-control", "public, max-age=3600");
    return allowed;
  });

  const icons = new Map<string, Buffer>();
  for (const name of ICON_FILES) icons.set(name, await readFile(path.join(ASSETS_DIR, name)));
  app.get<{ Params: { file: string } }>("/assets/:file", async (request, reply) => {
    const icon = icons.get(request.params.file);
    if (!icon) return reply.callNotFound();
    return reply.header("cache-control", "public, max-age=86400").type("image/png").send(icon);
  });
}
