// What Outlook on the web / new Outlook do to HTML an add-in writes (PLATFORM.md §3): strip class and
// data-* attributes and comments, prefix ids and names with x_, add an empty paragraph per setAsync.
// Used by the fake meeting item so tests and /preview see bodies the way the real client returns them.

const CLASS_OR_DATA_ATTR = /\s(?:class|data-[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;
const ID_OR_NAME_ATTR = /\s(id|name)\s*=\s*(["'])(?!x_)([^"']*)\2/gi;
const COMMENT = /<!--[\s\S]*?-->/g;

export function outlookWebRewrite(html: string): string {
  const cleaned = html
    .replace(COMMENT, "")
    .replace(/<[^>]+>/g, (tag) => tag.replace(CLASS_OR_DATA_ATTR, "").replace(ID_OR_NAME_ATTR, ' $1=$2x_$3$2'));
  const bodyClose = cleaned.search(/<\/body>/i);
  return bodyClose >= 0
    ? `${cleaned.slice(0, bodyClose)}<div><br></div>${cleaned.slice(bodyClose)}`
    : `${cleaned}<div><br></div>`;
}
