// Test helpers that rewrite our inserted agenda block the way mail clients are documented and
// reported to (PLATFORM.md §3, test/fixtures/outlook-bodies/README.md). They only transform the
// block itself; the tests put the result back into the body around it.

export interface OutlookRewriteOptions {
  /** Where the <div><br></div> of each setAsync lands: after Outlook's wrapper (default) or inside it. */
  spacer?: "after" | "inside" | "none";
  /** How many setAsync calls (spacers) happened. */
  spacers?: number;
  /** Write the marker rule characters as numeric references, as some clients do. */
  entities?: boolean;
  /** Attributes of the elementToProof wrapper div; null for no wrapper. */
  wrapperAttrs?: string | null;
}

/** Re-serialises a style value the way OWA does: "a:b;c:d" → "a: b; c: d;". */
function reserializeStyle(style: string): string {
  return `${style
    .split(";")
    .filter((d) => d.trim())
    .map((d) => {
      const at = d.indexOf(":");
      return `${d.slice(0, at).trim()}: ${d.slice(at + 1).trim()}`;
    })
    .join("; ")};`;
}

/**
 * Outlook on the web / new Outlook: class and data-* attributes stripped, ids prefixed with x_,
 * styles re-serialised, the block wrapped in an elementToProof div and a <div><br></div> appended.
 */
export function simulateOutlookRewrite(html: string, opts: OutlookRewriteOptions = {}): string {
  const { spacer = "after", spacers = 1, entities = false } = opts;
  const wrapperAttrs =
    opts.wrapperAttrs === undefined
      ? ' class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt;"'
      : opts.wrapperAttrs;
  let out = html.replace(/<([a-zA-Z][a-zA-Z0-9:]*)((?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g,
    (_tag, name: string, attrs: string, slash: string) => {
      const kept: string[] = [];
      for (const m of attrs.matchAll(/\s+([^\s=>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
        const attr = (m[1] ?? "").toLowerCase();
        const raw = m[2] ?? '""';
        const value = raw.replace(/^["']|["']$/g, "");
        if (attr === "class" || attr.startsWith("data-")) continue;
        if (attr === "id") kept.push(`id="x_${value}"`);
        else if (attr === "style") kept.push(`style="${reserializeStyle(value)}"`);
        else kept.push(`${attr}="${value}"`);
      }
      return `<${name}${kept.map((a) => ` ${a}`).join("")}${slash ? " /" : ""}>`;
    });
  if (entities) out = out.replace(/━/g, "&#9473;");
  const pad = "<div><br></div>".repeat(spacer === "none" ? 0 : spacers);
  if (wrapperAttrs === null) return spacer === "none" ? out : out + pad;
  return spacer === "inside" ? `<div${wrapperAttrs}>${out}${pad}</div>` : `<div${wrapperAttrs}>${out}</div>${pad}`;
}

/** Splits a text run into Word-style language spans, spaces as &nbsp; and ━ as a reference. */
function wordText(text: string): string {
  const tokens = text.match(/&[#a-zA-Z0-9]+;|[\s\S]/gu) ?? [];
  let out = "";
  let lang = "";
  let n = 0;
  for (const tok of tokens) {
    const ja = /[^\x00-\x7f]/.test(tok) && tok !== "━";
    const next = ja ? "JA" : "EN-US";
    if (next !== lang) {
      if (lang) out += "</span>";
      out += `<span lang=${next}${next === "JA" ? " style='font-family:\"ＭＳ 明朝\",serif'" : ""}>`;
      lang = next;
    }
    if (tok === "━") out += "&#9473;";
    else if (tok === " ") out += n++ % 2 === 0 ? "&nbsp;" : "\n";
    else out += tok;
  }
  return lang ? `${out}</span>` : out;
}

/**
 * Classic Outlook on Windows (Word HTML): MsoNormal classes, unquoted attributes, text split into
 * <span lang=…> runs, &nbsp; and &#9473; references, <o:p></o:p> at the end of each paragraph,
 * and line breaks inside the markup.
 */
export function simulateWordRewrite(html: string): string {
  // Word quotes attribute values with ' and the font names inside them with ".
  const requote = (attrs: string) => attrs.replace(/["']/g, (q) => (q === '"' ? "'" : '"'));
  return html
    .replace(/<(p|li|td|th)( [^>]*)?>/g, (_m, name: string, attrs = "") => `<${name} class=MsoNormal${requote(attrs)}>`)
    .replace(/<div( [^>]*)?>/g, (_m, attrs = "") => `<div${requote(attrs)}>\n`)
    .replace(/<\/p>/g, "<o:p></o:p></p>\n")
    .replace(/>([^<]*[^\s<][^<]*)</g, (_m, text: string) => `>${wordText(text)}<`);
}
