// events.js must call our API with absolute URLs, and in classic Outlook on Windows it runs with no
// `location` to learn the origin from. The server replaces every occurrence of this placeholder with
// PUBLIC_URL when it serves the script (src/server/routes/pages.ts).
export const API_ORIGIN_PLACEHOLDER = "__COMMON_PURPOSE_API_ORIGIN__";

/** The API origin the server baked into the served script, or null when it was served unchanged. */
export function bakedApiOrigin(baked: string = API_ORIGIN_PLACEHOLDER): string | null {
  return /^https?:\/\/[^\s"']+$/.test(baked) ? baked.replace(/\/+$/, "") : null;
}
