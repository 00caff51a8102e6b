// Clients that give up while the stream is being opened (tab closed, network drop) must not leave
// a subscriber and a heartbeat timer behind.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_TENANT_ID } from "../../../src/server/demo/demo-ids";
import { createLiveEvents, type InProcessLiveEvents } from "../../../src/server/live/live-events";
import { buildTestApp, type TestApp } from "../api-helper";

describe("live stream of a client that left early", () => {
  let t: TestApp;
  let live!: InProcessLiveEvents;
  beforeAll(async () => {
    t = await buildTestApp({ live: (db) => (live = createLiveEvents(db)) });
    await t.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await t.close();
  });

  it("leaves no subscriber behind", async () => {
    const port = (t.app.server.address() as net.AddressInfo).port;
    const token = await t.tokenFor("org@example.com");
    const created = await t.app.inject({ method: "POST", url: "/api/agendas", headers: { authorization: `Bearer ${token}` }, payload: { objectiveTitle: "X" } });
    const id = created.json().id as string;
    await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          new Promise<void>((resolve) => {
            const s = net.connect(port, "127.0.0.1", () => {
              s.write(`GET /api/agendas/${id}/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n\r\n`);
              s.destroy();
              resolve();
            });
          }),
      ),
    );
    // Give the server time to finish the access checks of all 20 requests.
    await new Promise((r) => setTimeout(r, 1500));
    expect(live.subscriberCount(DEMO_TENANT_ID, id)).toBe(0);
  });
});
