// temporary profiling script (perf helper); deleted after use
import { startBenchServer } from "./support/bench-server";
import { api, auth, commitmentBody, createWorld } from "./support/bench-world";
import { runLoad } from "./support/http-load";
const dir = process.argv[2]!;
const real = await startBenchServer({ nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
const world = await createWorld(real.baseUrl);
for (let i = 0; i < 5; i++) await api(real.baseUrl, "POST", `/api/agendas/${world.agenda.id}/commitments`, world.tokens.organizer, JSON.parse(commitmentBody(i)));
const headers = auth(world.tokens.sales);
const p = `/api/agendas/${world.agenda.id}`;
const r = await runLoad({ baseUrl: real.baseUrl, connections: 32, durationMs: 8000, next: () => ({ method: "GET", path: p, headers }) });
console.log("requests", r.requests, "elapsed", r.elapsedMs, [...r.statuses]);
await real.stop();
