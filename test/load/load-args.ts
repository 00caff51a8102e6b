// Command-line options of `npm run load` (and `npm run load:ci`), checked before anything starts.
import { assertLoopback } from "../bench/support/http-load";

export interface LoadArgs {
  durationSec: number;
  connections: number;
  /** An already running server (loopback only); absent = start one for the run. */
  url: string | null;
  /** Process id of that server, to read its RSS from /proc (Linux). */
  pid: number | null;
  /** Share of requests that write, 0..1. */
  writeShare: number;
  /** Keep the server's per-user rate limiter on (a started server only; off by default). */
  rateLimit: boolean;
  /** CI mode: exit 1 on any 5xx, any other failed request or transport error. */
  ci: boolean;
}

export const USAGE = `usage: npm run load -- [--duration <s>] [--connections <n>] [--writes <0..1>] [--url http://127.0.0.1:<port> [--pid <pid>]] [--rate-limit] [--ci]
  --duration     seconds of load, 1..3600 (default 10)
  --connections  concurrent keep-alive clients, 1..1000 (default 50)
  --writes       share of writes in the mix (default 0.2)
  --url          load a running server (AUTH_MODE=local, loopback only) instead of starting one
  --pid          that server's process id, for RSS at start and end
  --rate-limit   keep the per-user rate limiter on in the started server (429s are then expected)
  --ci           fail (exit 1) on any 5xx, failed request or connection error`;

function intIn(name: string, raw: string | undefined, min: number, max: number): number {
  const n = Number(raw);
  if (!raw || !Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer from ${min} to ${max} (got ${raw ?? "nothing"})`);
  return n;
}

export function parseLoadArgs(argv: readonly string[]): LoadArgs {
  const args: LoadArgs = { durationSec: 10, connections: 50, url: null, pid: null, writeShare: 0.2, rateLimit: false, ci: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i];
    switch (flag) {
      case "--duration":
        args.durationSec = intIn("duration", value(), 1, 3600);
        break;
      case "--connections":
        args.connections = intIn("connections", value(), 1, 1000);
        break;
      case "--writes": {
        const raw = value();
        const n = Number(raw);
        if (!raw || !(n >= 0 && n <= 1)) throw new Error(`--writes must be a number from 0 to 1 (got ${raw ?? "nothing"})`);
        args.writeShare = n;
        break;
      }
      case "--url": {
        const raw = value() ?? "";
        assertLoopback(raw);
        args.url = raw.replace(/\/+$/, "");
        break;
      }
      case "--pid":
        args.pid = intIn("pid", value(), 1, 2 ** 31 - 1);
        break;
      case "--rate-limit":
        args.rateLimit = true;
        break;
      case "--ci":
        args.ci = true;
        break;
      default:
        throw new Error(`unknown option ${flag}\n${USAGE}`);
    }
  }
  return args;
}
