// The client pages (the webpack build in dist/) and their short routes. Pages are HTML that Outlook
// and Teams frame, so they must never be cached stale; the hashed bundles under /js/ are immutable.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";
import { API_ORIGIN_PLACEHOLDER } from "../../core/events/api-origin";
import { PROJECT_ROOT } from "../project-root";

/** dist/ next to src/, wherever the server is started from. */
export const DEFAULT_DIST_DIR = path.join(PROJECT_ROOT, "dist");

const IMMUTABLE = "public, max-age=31536000, immutable";
const HTML = /\.html?$/i;

/** Short routes → built page (relative to dist/). */
export const PAGE_ROUTES: Readonly<Record<string, string>> = Object.freeze({
  "/preview": "preview.html",
  "/pmo": "pmo.html",
  "/agenda/:id": "teams/tab.html",
});

const NOT_BUILT_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Common Purpose — not built yet</title></head>
<body style="font-family:system-ui,sans-serif;margin:2rem">
<h1>The client is not built yet</h1>
<p>The client is not built yet: run <code>npm start</code> (or <code>npm run build</code>).</p>
<p lang="ja">クライアントがまだビルドされていません。<code>npm start</code>（または <code>npm run build</code>）を実行してください。</p>
</body></html>
`;

export async function pageRoutes(app: FastifyInstance, opts: { distDir?: string; publicUrl?: string } = {}): Promise<void> {
  const distDir = path.resolve(opts.distDir ?? DEFAULT_DIST_DIR);
  const built = existsSync(path.join(distDir, "preview.html")) || existsSync(path.join(distDir, "teams", "tab.html"));

  app.get("/", async (_request, reply) => reply.redirect("/preview", 302));

  if (!built) {
    const notBuilt = async (_request: unknown, reply: FastifyReply) =>
      reply.code(503).header("cache-control", "no-store").type("text/html; charset=utf-8").send(NOT_BUILT_HTML);
    for (const route of Object.keys(PAGE_ROUTES)) app.get(route, notBuilt);
    for (const page of ["/outlook/taskpane.html", "/outlook/commands.html", "/teams/tab.html", "/teams/config.html", "/pmo.html", "/preview.html"]) {
      app.get(page, notBuilt);
    }
    return;
  }

  await app.register(fastifyStatic, {
    root: distDir,
    prefix: "/",
    index: false,
    // Pages change with every build; hashed bundles never change under the same name.
    cacheControl: false,
    setHeaders(res, filePath) {
      const rel = path.relative(distDir, filePath).split(path.sep).join("/");
      if (HTML.test(filePath)) res.setHeader("cache-control", "no-cache");
      else if (rel.startsWith("js/")) res.setHeader("cache-control", IMMUTABLE);
      else res.setHeader("cache-control", "public, max-age=3600");
    },
  });

  for (const [route, file] of Object.entries(PAGE_ROUTES)) {
    app.get(route, async (_request, reply) => reply.header("cache-control", "no-cache").sendFile(file));
  }

  // Classic Outlook on Windows runs events.js alone, in a runtime with no `location`: the script
  // learns the API's absolute origin from the placeholder filled in here.
  if (opts.publicUrl) {
    const eventsFile = path.join(distDir, "outlook", "events.js");
    const publicUrl = opts.publicUrl;
    app.get("/outlook/events.js", async (_request, reply) => {
      const script = (await readFile(eventsFile, "utf8")).replaceAll(API_ORIGIN_PLACEHOLDER, publicUrl);
      return reply.header("cache-control", "no-cache").type("text/javascript; charset=utf-8").send(script);
    });
  }
}
