// Reading the Teams meeting out of a meeting body. Office.js has no API for the join URL, so the
// body's Teams block is the only source: the legacy meetup-join link carries the chat thread id
// (19:meeting_…@thread.v2) the Teams tab also sees; the new short /meet/<id> links carry none, but
// the "Meeting options" link next to them still has it as threadId=19_meeting_…@thread.v2. Older
// invitations carry the Teams web app's hash route (teams.microsoft.com/_#/l/meetup-join/…), or
// the launcher page wrapping it (/dl/launcher/launcher.html?url=/_#/l/meetup-join/…).
import { decodeHtmlEntities } from "../text/html-entities";

// Microsoft-owned Teams hosts, any subdomain: commercial, the cloud.microsoft domain, Teams free
// (live.com), US government (gov./dod.teams.microsoft.us) and 21Vianet China.
const HOST =
  "(?:[a-z0-9-]+\\.)*(?:teams\\.microsoft\\.com|teams\\.cloud\\.microsoft|teams\\.live\\.com|teams\\.microsoft\\.us|teams\\.microsoftonline\\.cn)";
const URL_TAIL = "(?::\\d{1,5})?(?=[/?#])[^\\s\"'<>`]*";
const TEAMS_URL = () => new RegExp(`https?://${HOST}${URL_TAIL}`, "gi");
// What may stand between the host and "l/meetup-join/": nothing, the hash route "_#/" or "#/", or
// the launcher page with the route as its (decoded) url parameter.
const ROUTE_PREFIX = "(?:_?#\\/|dl\\/launcher\\/launcher\\.html\\?url=\\/?_?#?\\/?)?";
const JOIN_PATH = new RegExp(`^https?:\\/\\/[^/?#]+\\/${ROUTE_PREFIX}(?:l\\/meetup-join\\/|meet\\/)`, "i");
const MEETUP_JOIN_SEGMENT = new RegExp(`^https?:\\/\\/[^/?#]+\\/${ROUTE_PREFIX}l\\/meetup-join\\/([^/?#&]+)`, "i");
const MEETING_OPTIONS = /^https?:\/\/[^/?#]+\/meetingoptions\/?\?/i;
const SHORT_LINK = new RegExp(`^https?://${HOST}(?::\\d{1,5})?/meet/[A-Za-z0-9]+/?(?:[?#].*)?$`, "i");
const THREAD_ID = /^19:meeting_[A-Za-z0-9_-]+@thread\.v2$/;

/** Decodes %XX runs, leaving malformed ones as they are (never throws). */
function percentDecode(s: string): string {
  return s.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Decodes until stable: links are seen single, double (%253a) and triple encoded. */
function fullyDecoded(s: string): string {
  let current = s;
  for (let i = 0; i < 4; i++) {
    const next = percentDecode(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** Trailing punctuation of the sentence around a URL in plain text is not part of it. */
const trimUrl = (url: string): string => url.replace(/[.,;:!?)\]}]+$/, "");

/**
 * The text as written, then percent-decoded once and twice: a link rewritten by Safe Links
 * (…safelinks.protection.outlook.com/?url=https%3A%2F%2Fteams…) only shows up decoded.
 */
function layers(text: string): string[] {
  const first = decodeHtmlEntities(text);
  const second = percentDecode(first);
  const third = percentDecode(second);
  return [...new Set([first, second, third])];
}

function teamsUrls(text: string): string[] {
  return [...text.matchAll(TEAMS_URL())].map((m) => trimUrl(m[0]));
}

function threadIdOfJoinUrl(url: string): string | null {
  const segment = MEETUP_JOIN_SEGMENT.exec(url)?.[1];
  if (!segment) return null;
  const id = fullyDecoded(segment);
  return THREAD_ID.test(id) ? id : null;
}

function threadIdOfOptionsUrl(url: string): string | null {
  if (!MEETING_OPTIONS.test(url)) return null;
  const query = url.slice(url.indexOf("?") + 1).split("#")[0] ?? "";
  for (const pair of query.split("&")) {
    const eq = pair.indexOf("=");
    if (eq < 0 || fullyDecoded(pair.slice(0, eq)).toLowerCase() !== "threadid") continue;
    const id = fullyDecoded(pair.slice(eq + 1)).replace(/^19_meeting_/, "19:meeting_");
    if (THREAD_ID.test(id)) return id;
  }
  return null;
}

/**
 * The Teams chat thread id (19:meeting_…@thread.v2) of the first Teams meeting link in the text
 * (HTML or plain): a meetup-join link, else a meeting-options link's threadId. Null when there is
 * none; a bare id outside a Teams link does not count.
 */
export function parseTeamsThreadId(text: string): string | null {
  const urls = layers(text).flatMap(teamsUrls);
  for (const url of urls) {
    const id = threadIdOfJoinUrl(url);
    if (id) return id;
  }
  for (const url of urls) {
    const id = threadIdOfOptionsUrl(url);
    if (id) return id;
  }
  return null;
}

/**
 * The first Teams join link in the text (a legacy meetup-join link or a short /meet/ link), with
 * HTML character references decoded (&amp; → &) but its percent-encoding kept as written.
 */
export function findTeamsJoinUrl(text: string): string | null {
  for (const layer of layers(text)) {
    const url = teamsUrls(layer).find((u) => JOIN_PATH.test(u));
    if (url) return url;
  }
  return null;
}

/** True for the new short join links (https://teams.microsoft.com/meet/<id>?p=…), which carry no thread id. */
export function isShortTeamsLink(url: string): boolean {
  return SHORT_LINK.test(url.trim());
}
