import { describe, expect, it } from "vitest";
import { parseStatCpuTicks, processCpuMs } from "./proc-cpu";

describe("process CPU from /proc", () => {
  it("reads utime + stime, even when the command name has spaces and parentheses", () => {
    const stat = "4242 (node (bench) x) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 40 0 0 20 0 11 0 12345 1000000 2000";
    expect(parseStatCpuTicks(stat)).toBe(290);
  });

  it("grows while this process works", () => {
    const before = processCpuMs(process.pid);
    if (Number.isNaN(before)) return; // not Linux
    // Work until this process has used 50 ms of CPU (by Node's own count), however loaded the machine.
    const start = process.cpuUsage();
    let x = 0;
    while ((process.cpuUsage(start).user + process.cpuUsage(start).system) / 1000 < 50) for (let i = 0; i < 10_000; i++) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    expect(processCpuMs(process.pid)).toBeGreaterThan(before);
  });
});
