// Optimistic concurrency over HTTP: the version travels as a strong ETag `"<n>"`; clients send it
// back in If-Match. A bare number is accepted too (hand-written requests, curl), and the weak form
// W/"<n>": compressing proxies weaken ETags on the way out (nginx's gzip does), and a version number
// means the same change either way, so a strong comparison would only refuse honest clients.
import type { FastifyRequest } from "fastify";
import { HttpError } from "../http/http-error";

export const etagOf = (version: number): string => `"${version}"`;

/** The version in If-Match, or undefined when the header is absent; 400 when it is not a version. */
export function readIfMatch(request: FastifyRequest): number | undefined {
  const raw = request.headers["if-match"];
  if (raw === undefined) return undefined;
  const text = (Array.isArray(raw) ? raw.join(",") : raw).trim();
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(text);
  if (!match?.[1] || Number(match[1]) < 1) {
    throw new HttpError("bad_request", 'If-Match must be the version from the ETag, e.g. "3"', { field: "If-Match" });
  }
  return Number(match[1]);
}

/** Like readIfMatch, but 428 when the header is missing. */
export function requireIfMatch(request: FastifyRequest, what: string): number {
  const version = readIfMatch(request);
  if (version === undefined) {
    throw new HttpError(
      "precondition_required",
      `If-Match is required: send the ${what}'s version from its ETag, e.g. If-Match: "3"`,
      { field: "If-Match" },
    );
  }
  return version;
}
