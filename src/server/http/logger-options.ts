// How the server logs. Production (and tests): one JSON object per line, for log collectors.
// Development (npm start): the same records made readable by pino-pretty. Either way, no line per
// request unless LOG_REQUESTS=true: the log holds what needs attention (warnings, errors, start-up).
import { LogController, type FastifyServerOptions } from "fastify";
import type { Config } from "../config";

export async function loggerOptions(
  config: Pick<Config, "nodeEnv" | "logLevel" | "logRequests">,
  /** Where the JSON lines go instead of stdout (tests read them). */
  stream?: { write(line: string): void },
): Promise<Pick<FastifyServerOptions, "logger" | "logController">> {
  const logController = new LogController({ disableRequestLogging: !config.logRequests });
  if (stream) return { logger: { level: config.logLevel, stream }, logController };
  if (config.nodeEnv !== "development" || config.logLevel === "silent") return { logger: { level: config.logLevel }, logController };
  // Loaded only here: production never needs it.
  const { default: pretty } = await import("pino-pretty");
  const prettyStream = pretty({
    colorize: process.stdout.isTTY === true,
    translateTime: "SYS:HH:MM:ss",
    ignore: "pid,hostname",
    singleLine: true,
    sync: true,
  });
  return { logger: { level: config.logLevel, stream: prettyStream }, logController };
}
