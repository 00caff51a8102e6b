// Logs: readable text in development, JSON in production, and no line per request unless asked.
import { Writable } from "node:stream";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { loggerOptions } from "../../../src/server/http/logger-options";

async function requestLines(logRequests: boolean): Promise<string[]> {
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) });
  const { logController } = await loggerOptions({ nodeEnv: "production", logLevel: "info", logRequests });
  const app = Fastify({ logger: { level: "info", stream }, logController });
  app.get("/x", async () => ({ ok: true }));
  await app.inject({ method: "GET", url: "/x" });
  await app.close();
  return lines.filter((l) => l.includes("incoming request") || l.includes("request completed"));
}

describe("logger options", () => {
  it("logs no line per request by default, and one each way with LOG_REQUESTS=true", async () => {
    expect(await requestLines(false)).toEqual([]);
    const lines = await requestLines(true);
    expect(lines).toHaveLength(2);
    // Production logs are JSON, one object per line.
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("makes development logs readable (pino-pretty) and keeps JSON elsewhere", async () => {
    const dev = await loggerOptions({ nodeEnv: "development", logLevel: "info", logRequests: false });
    expect(dev.logger).toMatchObject({ level: "info", stream: expect.anything() });
    const prod = await loggerOptions({ nodeEnv: "production", logLevel: "info", logRequests: false });
    expect(prod.logger).toEqual({ level: "info" });
  });
});
