// CPU time a process has used (user + system), from /proc/<pid>/stat (Linux). On a machine shared
// with other work, requests per second move with the load, but CPU per request stays put: the bench
// prints both.
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

let ticksPerSecond: number | null = null;

function clockTicks(): number {
  if (ticksPerSecond === null) {
    const out = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
    const parsed = Number(out.stdout?.trim());
    ticksPerSecond = Number.isFinite(parsed) && parsed > 0 ? parsed : 100;
  }
  return ticksPerSecond;
}

/** Fields 14 and 15 of /proc/<pid>/stat (utime, stime), counted after the command name's closing parenthesis. */
export function parseStatCpuTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state): utime is field 14 → index 11, stime field 15 → index 12.
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU milliseconds used so far by `pid`, or NaN where /proc is not available. */
export function processCpuMs(pid: number): number {
  try {
    return (parseStatCpuTicks(readFileSync(`/proc/${pid}/stat`, "utf8")) * 1000) / clockTicks();
  } catch {
    return Number.NaN;
  }
}
