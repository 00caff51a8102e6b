// The throughput baseline: a bare Fastify route on loopback that answers GET /api/agendas/:id with
// a fixed JSON body (BARE_BODY_FILE, the real server's answer for the same agenda), so the ratio
// measures what the app adds — auth, access checks, the database, serialization — not the network.
import { readFileSync } from "node:fs";
import Fastify from "fastify";

const body = JSON.parse(readFileSync(process.env.BARE_BODY_FILE ?? "", "utf8")) as unknown;
const app = Fastify({ logger: false });
app.get("/api/agendas/:id", async () => body);
app.get("/healthz", async () => ({ ok: true }));

await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
process.once("SIGTERM", () => void app.close().then(() => process.exit(0)));
process.once("disconnect", () => void app.close().then(() => process.exit(0)));
