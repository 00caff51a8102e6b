import { describe, expect, it } from "vitest";
import { SseParser, type SseEvent } from "../../../src/platform/http/sse-parser";

function parse(chunks: string[]): { events: SseEvent[]; parser: SseParser } {
  const events: SseEvent[] = [];
  const parser = new SseParser((e) => events.push(e));
  for (const chunk of chunks) parser.feed(chunk);
  return { events, parser };
}

describe("SseParser", () => {
  it("reads id, event and data, and skips comments (heartbeats)", () => {
    const { events } = parse([": ping\n\nid: 7\nevent: change\ndata: {\"a\":1}\n\n: ping\n\n"]);
    expect(events).toEqual([{ id: "7", event: "change", data: '{"a":1}' }]);
  });

  it("joins multi-line data with newlines and defaults the type to message", () => {
    const { events } = parse(["data: one\ndata:two\ndata\n\n"]);
    expect(events).toEqual([{ id: "", event: "message", data: "one\ntwo\n" }]);
  });

  it("handles chunks split anywhere, including between \\r and \\n", () => {
    const text = "id: 1\r\nevent: change\r\ndata: héllo 日本\r\n\r\nid: 2\rdata: x\r\r";
    for (let cut = 1; cut < text.length; cut++) {
      const { events } = parse([text.slice(0, cut), text.slice(cut)]);
      expect(events, `cut at ${cut}`).toEqual([
        { id: "1", event: "change", data: "héllo 日本" },
        { id: "2", event: "message", data: "x" },
      ]);
    }
  });

  it("one character at a time works too", () => {
    const { events } = parse([..."event: change\ndata: a\n\ndata: b\n\n"]);
    expect(events.map((e) => [e.event, e.data])).toEqual([["change", "a"], ["message", "b"]]);
  });

  it("keeps the last id for later events, strips a BOM, reads retry, ignores unknown fields", () => {
    const { events, parser } = parse(["\uFEFFid: 5\nretry: 1500\nfoo: bar\ndata: a\n\ndata: b\n\n"]);
    expect(events).toEqual([
      { id: "5", event: "message", data: "a" },
      { id: "5", event: "message", data: "b" },
    ]);
    expect(parser.retryMs).toBe(1500);
  });

  it("does not dispatch an event without data, nor an unfinished one", () => {
    const { events } = parse(["event: change\n\nid: 3\ndata: partial"]);
    expect(events).toEqual([]);
  });
});
