import { describe, expect, it } from "vitest";
import { escapeAttr, escapeHtml } from "../../../src/core/text/escape-html";
import { decodeHtmlEntities } from "../../../src/core/text/html-entities";

describe("escapeHtml", () => {
  it("escapes & < > \" '", () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;",
    );
  });

  it("escapes an ampersand that already looks like a reference (no double-decoding later)", () => {
    expect(escapeHtml("&amp; &#9473;")).toBe("&amp;amp; &amp;#9473;");
  });

  it("leaves other text, Japanese included, untouched", () => {
    expect(escapeHtml("共通の目的 — ok ✓")).toBe("共通の目的 — ok ✓");
    expect(escapeHtml("")).toBe("");
  });

  it("round-trips through decodeHtmlEntities", () => {
    const s = `<script>alert("1")</script> & 'quoted' 営業部`;
    expect(decodeHtmlEntities(escapeHtml(s))).toBe(s);
    expect(decodeHtmlEntities(escapeAttr(`${s}\n\t\``))).toBe(`${s}\n\t\``);
  });
});

describe("escapeAttr", () => {
  it("leaves out direction overrides, embeddings and isolates, which could make a name read backwards", () => {
    expect(escapeHtml("\u202Eevil\u202C — 佐藤\u2067x\u2069")).toBe("evil — 佐藤x");
    expect(escapeAttr("a\u202Db")).toBe("ab");
    // Marks that only hint a direction (LRM, RLM) and joiners stay: scripts need them.
    expect(escapeHtml("a\u200Eb\u200Fc\u200Dd")).toBe("a\u200Eb\u200Fc\u200Dd");
  });

  it("also escapes backticks and line breaks", () => {
    expect(escapeAttr("a`b\nc\r\td\"e")).toBe("a&#96;b&#10;c&#13;&#9;d&quot;e");
  });
});

describe("decodeHtmlEntities", () => {
  it("decodes numeric, hex and common named references", () => {
    expect(decodeHtmlEntities("&#9473;&#x2501;&#X2501;&nbsp;&amp;&lt;&gt;&quot;&apos;&#39;&hellip;")).toBe(
      "━━━\u00a0&<>\"''…",
    );
  });

  it("decodes astral characters and replaces invalid code points", () => {
    expect(decodeHtmlEntities("&#128512;&#0;&#xD800;&#x110000;")).toBe("😀\ufffd\ufffd\ufffd");
  });

  it("leaves unknown references and bare ampersands alone", () => {
    expect(decodeHtmlEntities("&unknownthing; & &amp")).toBe("&unknownthing; & &amp");
  });
});
