// Microsoft Defender Safe Links rewrites every link of a mail to
// https://<region>.safelinks.protection.outlook.com/?url=<the link, percent-encoded>&data=…&reserved=0
// (sometimes with a path such as /ap/t-…/, and on other clouds other hosts). Mail forwarded
// through two tenants is wrapped twice. These helpers give back the link the author wrote.

const SAFE_LINKS =
  /^https?:\/\/(?:[a-z0-9-]+\.)*safelinks\.protection\.(?:outlook\.com|office365\.us|outlook\.de|partner\.outlook\.cn)(?::\d{1,5})?\/[^?#\s]*\?([^#\s]*)/i;

/** Decodes a query value (+ is a space there), leaving it as it is when it is malformed. */
function decodeQueryValue(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, " "));
  } catch {
    return value;
  }
}

/** The link a Safe Links URL wraps (unwrapped as often as it was wrapped), else the URL itself. */
export function unwrapSafeLink(url: string): string {
  let current = url;
  for (let i = 0; i < 4; i++) {
    const query = SAFE_LINKS.exec(current)?.[1];
    if (query === undefined) break;
    const pair = query.split("&").find((p) => p.slice(0, 4).toLowerCase() === "url=");
    if (!pair) break;
    current = decodeQueryValue(pair.slice(4));
  }
  return current;
}

const URL_IN_TEXT = /https?:\/\/[^\s"'<>]+/gi;

/** Plain text with every Safe Links URL in it replaced by the link it wraps. */
export function unwrapSafeLinksIn(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => unwrapSafeLink(url));
}
