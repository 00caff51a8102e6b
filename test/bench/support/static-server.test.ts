import http from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveDirectory, type StaticServer } from "./static-server";

let dir = "";
let server: StaticServer;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cp-static-"));
  mkdirSync(path.join(dir, "js"));
  writeFileSync(path.join(dir, "page.html"), "<!doctype html><p>hi</p>");
  writeFileSync(path.join(dir, "js", "app.js"), "console.log(1)");
  server = await serveDirectory(dir);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("serveDirectory", () => {
  it("listens on loopback and caches as our server does: HTML revalidated, the rest for a year", async () => {
    expect(new URL(server.baseUrl).hostname).toBe("127.0.0.1");
    const html = await fetch(`${server.baseUrl}/page.html`);
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(html.headers.get("cache-control")).toBe("no-cache");
    expect(await html.text()).toContain("<p>hi</p>");
    const again = await fetch(`${server.baseUrl}/page.html`, { headers: { "if-none-match": html.headers.get("etag") ?? "" } });
    expect(again.status).toBe(304);
    const js = await fetch(`${server.baseUrl}/js/app.js`);
    expect(js.headers.get("content-type")).toContain("javascript");
    expect(js.headers.get("cache-control")).toContain("max-age=31536000");
  });

  it("answers 404 for a missing file and never serves outside its directory", async () => {
    expect((await fetch(`${server.baseUrl}/nope.js`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/js`)).status).toBe(404);
    // Sent as is (fetch would normalise the dots away).
    const status = await new Promise<number | undefined>((resolve, reject) => {
      http.get(`${server.baseUrl}/..%2f..%2fetc%2fpasswd`, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on("error", reject);
    });
    expect(status).toBe(403);
  });
});
