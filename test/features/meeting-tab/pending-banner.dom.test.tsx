// The banner over the tab's pending writes says what they wait for: online, a conflict waits for the
// user's choice (not for the connection), a refused write for a retry; offline, for the connection.
import { cleanup, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { I18nProvider } from "../../../src/components/i18n/i18n-provider";
import type { Lang } from "../../../src/core/api/primitives";
import { PendingBanner } from "../../../src/features/meeting-tab/offline/pending-banner";
import type { QueuedWrite } from "../../../src/features/meeting-tab/offline/queued-write";

const write = (state: QueuedWrite["state"], n: number): QueuedWrite => ({
  key: `w${n}`,
  intent: { kind: "editContribution", id: `c${n}`, version: 1, text: "美咲の文" } as unknown as QueuedWrite["intent"],
  state,
  attempts: 0,
  queuedAt: "2026-12-07T10:00:00.000Z",
});

function banner(lang: Lang, online: boolean, writes: QueuedWrite[]) {
  cleanup();
  render(
    <I18nProvider lang={lang}>
      <PendingBanner online={online} writes={writes} />
    </I18nProvider>,
  );
  const el = screen.getByTestId("offline-banner");
  return { el, text: el.textContent ?? "", waitsFor: el.getAttribute("data-waits-for") };
}

describe("pending writes banner", () => {
  it("online with a conflict (412): waits for her decision, not for the connection (ja)", () => {
    const { el, text, waitsFor } = banner("ja", true, [write("conflict", 1)]);
    expect(text).toBe("1 件は、ほかの人が先に変更したため、どちらを残すか選ぶまで送信されません。");
    expect(text).not.toContain("接続");
    expect(waitsFor).toBe("decision");
    expect(el).toHaveAttribute("role", "status");
  });

  it("online with a conflict (412): waits for your decision (en)", () => {
    const { text, waitsFor } = banner("en", true, [write("conflict", 1)]);
    expect(text).toBe("Waiting for your decision (1): someone else changed it first; nothing is sent until you choose what to keep.");
    expect(text).not.toMatch(/connection/i);
    expect(waitsFor).toBe("decision");
  });

  it("offline: waits for the connection; a conflict among them still says it needs her choice", () => {
    expect(banner("ja", false, [write("pending", 1)]).text).toBe("オフラインです。変更は保存されており、再接続したときに送信されます。");
    const mixed = banner("en", false, [write("pending", 1), write("conflict", 2), write("conflict", 3)]);
    expect(mixed.waitsFor).toBe("connection decision");
    expect(mixed.text).toBe(
      "You are offline. Your changes are kept and will be sent when you reconnect. Waiting for your decision (2): someone else changed it first; nothing is sent until you choose what to keep.",
    );
  });

  it("offline with only a conflict: offline, and the conflict waits for her, not for the network", () => {
    const { text, waitsFor } = banner("ja", false, [write("conflict", 1)]);
    expect(text).toBe("オフラインです。1 件は、ほかの人が先に変更したため、どちらを残すか選ぶまで送信されません。");
    expect(waitsFor).toBe("connection decision");
  });

  it("online: pending ones are being sent; refused ones wait for a retry or a discard", () => {
    expect(banner("ja", true, [write("pending", 1)]).text).toBe("この端末に保存されています。順番に送信しています。");
    const failed = banner("en", true, [write("failed", 1)]);
    expect(failed.text).toBe("Not saved (1): try again or discard.");
    expect(failed.waitsFor).toBe("retry");
  });

  it("offline with nothing pending says what happens to new changes", () => {
    expect(banner("en", false, []).text).toContain("You are offline. The agenda updates when the connection is back");
  });
});
