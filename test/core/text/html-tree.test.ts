import { describe, expect, it } from "vitest";
import { findElement, firstTextIndexAtOrAfter, parseHtml, pathAt, type HtmlElement } from "../../../src/core/text/html-tree";

const names = (el: HtmlElement): string[] =>
  el.children.filter((c): c is HtmlElement => c.kind === "element").map((c) => c.name);

describe("parseHtml", () => {
  it("keeps exact source ranges of elements", () => {
    const src = '<div id="a"><p>one</p><p>two<br>three</p></div>';
    const { root } = parseHtml(src);
    const div = findElement(root, "div") as HtmlElement;
    expect(src.slice(div.start, div.end)).toBe(src);
    expect(names(div)).toEqual(["p", "p"]);
    const second = div.children[1] as HtmlElement;
    expect(src.slice(second.start, second.end)).toBe("<p>two<br>three</p>");
    expect(src.slice(second.start, second.openEnd)).toBe("<p>");
    expect(div.attrs).toBe(' id="a"');
  });

  it("extracts the visible text with references decoded and head, style, script and comments left out", () => {
    const src =
      '<html><head><title>T</title><style>p{x:"<p>"}</style></head><body><!-- c --><p>A&nbsp;<span lang=JA>&#9473;</span>B</p><script>var s="<p>x</p>";</script>&amp;</body></html>';
    const parsed = parseHtml(src);
    expect(parsed.text).toBe("A\u00a0━B&");
    const bar = parsed.text.indexOf("━");
    expect(src.slice(parsed.textStart[bar], parsed.textEnd[bar])).toBe("&#9473;");
    expect(src.slice(parsed.textStart[0], parsed.textEnd[0])).toBe("A");
  });

  it("reads Word HTML: unquoted attributes, quotes inside quotes, namespaced tags, conditional comments", () => {
    const src =
      "<body lang=JA><div class=WordSection1><p class=MsoNormal style='font-family:\"MS Gothic\"'>x<o:p></o:p></p><![if !supportLists]><span>y</span><![endif]></div></body>";
    const parsed = parseHtml(src);
    const section = findElement(parsed.root, "div") as HtmlElement;
    expect(names(section)).toEqual(["p", "span"]);
    expect(names(section.children[0] as HtmlElement)).toEqual(["o:p"]);
    expect(parsed.text).toBe("xy");
  });

  it("survives unclosed and stray tags and a lone <", () => {
    const src = "<div><p>a < b</span></div><div>c";
    const parsed = parseHtml(src);
    expect(parsed.text).toBe("a < bc");
    const [first, second] = parsed.root.children as HtmlElement[];
    expect(src.slice(first?.start, first?.end)).toBe("<div><p>a < b</span></div>");
    expect(second?.end).toBe(src.length);
  });

  it("does not shift offsets when text changes length on lower-casing", () => {
    const src = "<style>İİ</STYLE><p>ok</p>";
    const parsed = parseHtml(src);
    expect(parsed.text).toBe("ok");
    expect(src.slice(parsed.textStart[0], parsed.textEnd[1])).toBe("ok");
  });
});

describe("pathAt and firstTextIndexAtOrAfter", () => {
  it("walks from the root to the deepest node at an offset", () => {
    const src = "<div><p>one</p><p>two</p></div>";
    const parsed = parseHtml(src);
    const path = pathAt(parsed.root, src.indexOf("two"));
    expect(path.map((n) => (n.kind === "element" ? n.name : n.kind))).toEqual(["#root", "div", "p", "text"]);
    expect(parsed.text.slice(firstTextIndexAtOrAfter(parsed, src.indexOf("<p>two")))).toBe("two");
    expect(firstTextIndexAtOrAfter(parsed, src.length)).toBe(parsed.text.length);
  });
});
