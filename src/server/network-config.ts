// The network-facing parts of the configuration: which host names only this computer reaches (local
// sign-in runs only there), and which proxies' X-Forwarded-For is believed (TRUST_PROXY).
import { isIP } from "node:net";

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** "off" → false, "2" → 2 hops, "10.0.0.1, 10.1.0.0/16" → the list; anything else fails the pipe after it. */
export function trustProxyOf(raw: string): false | number | string[] | null {
  const text = raw.trim().toLowerCase();
  if (text === "off" || text === "false" || text === "0") return false;
  if (/^\d+$/.test(text)) return Number(text);
  const parts = text.split(",").map((p) => p.trim()).filter((p) => p !== "");
  const valid = (p: string) => {
    if (PROXY_NAMES.has(p)) return true;
    const [address = "", bits, extra] = p.split("/");
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return false;
    return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  };
  return parts.length > 0 && parts.every(valid) ? parts : null;
}

const LOOPBACK_NAMES = new Set(["localhost", "ip6-localhost", "ip6-loopback"]);

/** A host name or address that only this computer can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  if (LOOPBACK_NAMES.has(h) || h.endsWith(".localhost")) return true;
  if (h === "::1" || h === "0:0:0:0:0:0:0:1") return true;
  const v4 = h.startsWith("::ffff:") ? h.slice("::ffff:".length) : h;
  return isIP(v4) === 4 && v4.startsWith("127.");
}
