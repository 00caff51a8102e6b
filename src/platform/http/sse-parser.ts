// The text/event-stream format (HTML Living Standard, "server-sent events"), incrementally: chunks
// may split anywhere, even between the \r and \n of one line break.

export interface SseEvent {
  /** The `id` in effect when the event was dispatched ("" if none was ever sent). */
  id: string;
  /** "message" when the event had no `event:` line. */
  event: string;
  data: string;
}

export class SseParser {
  private buffer = "";
  private data: string[] = [];
  private eventType = "";
  private lastEventId = "";
  private sawCR = false;
  private first = true;
  /** The last `retry:` the server asked for, in ms. */
  retryMs: number | null = null;

  constructor(private readonly dispatch: (event: SseEvent) => void) {}

  feed(chunk: string): void {
    let text = chunk;
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // A \r that ended the last chunk already ended its line; a \n right after it is the same break.
    if (this.sawCR && text.startsWith("\n")) text = text.slice(1);
    this.sawCR = false;
    this.buffer += text;
    const lines = this.buffer.split(/\r\n|\r|\n/);
    this.buffer = lines.pop() ?? "";
    if (this.buffer === "" && /\r$/.test(text)) this.sawCR = true;
    for (const line of lines) this.line(line);
  }

  private line(line: string): void {
    if (line === "") return this.flush();
    if (line.startsWith(":")) return; // a comment, e.g. the server's heartbeat
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (field) {
      case "data":
        this.data.push(value);
        break;
      case "event":
        this.eventType = value;
        break;
      case "id":
        if (!value.includes("\u0000")) this.lastEventId = value;
        break;
      case "retry":
        if (/^\d+$/.test(value)) this.retryMs = Number(value);
        break;
      default:
        break; // unknown fields are ignored, as the standard says
    }
  }

  private flush(): void {
    const type = this.eventType || "message";
    const data = this.data;
    this.data = [];
    this.eventType = "";
    if (data.length === 0) return;
    this.dispatch({ id: this.lastEventId, event: type, data: data.join("\n") });
  }
}
