// Decoding of HTML character references, for reading what Outlook hands back: it writes marker
// characters as numeric references (&#9473;), spaces as &nbsp; and ampersands in links as &amp;.

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: "\u2002",
  emsp: "\u2003",
  thinsp: "\u2009",
  zwnj: "\u200c",
  zwj: "\u200d",
  shy: "\u00ad",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  laquo: "\u00ab",
  raquo: "\u00bb",
  bull: "\u2022",
  middot: "\u00b7",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
  yen: "\u00a5",
  euro: "\u20ac",
  times: "\u00d7",
  divide: "\u00f7",
  colon: ":",
  sol: "/",
  commat: "@",
  percnt: "%",
};

const ENTITY = /&(#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,7};?|[A-Za-z][A-Za-z0-9]{1,31};)/g;

function decodeReference(body: string): string | null {
  const ref = body.endsWith(";") ? body.slice(0, -1) : body;
  if (ref.startsWith("#")) {
    const hex = ref[1] === "x" || ref[1] === "X";
    const code = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : "\ufffd";
  }
  return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? null;
}

/**
 * Walks src[start, end) and reports each run: decoded character references one at a time
 * (`literal` false) and the plain text between them (`literal` true), with their source offsets.
 * Unknown named references are reported as literal text, the way browsers leave them.
 */
export function scanEntities(
  src: string,
  start: number,
  end: number,
  emit: (text: string, from: number, to: number, literal: boolean) => void,
): void {
  const slice = src.slice(start, end);
  ENTITY.lastIndex = 0;
  let last = 0;
  for (let m = ENTITY.exec(slice); m; m = ENTITY.exec(slice)) {
    const decoded = decodeReference(m[1] ?? "");
    if (decoded === null) continue;
    if (m.index > last) emit(slice.slice(last, m.index), start + last, start + m.index, true);
    emit(decoded, start + m.index, start + m.index + m[0].length, false);
    last = m.index + m[0].length;
  }
  if (last < slice.length) emit(slice.slice(last), start + last, end, true);
}

/** Decodes the HTML character references in s (numeric, hex and the common named ones). */
export function decodeHtmlEntities(s: string): string {
  let out = "";
  scanEntities(s, 0, s.length, (text) => {
    out += text;
  });
  return out;
}
