// CPU-heavy jobs take one turn of the event loop each: work that became ready meanwhile runs between
// two jobs, not after all of them; a full queue answers 429.
import { describe, expect, it } from "vitest";
import { HttpError } from "../../../src/server/http/http-error";
import { createCpuTurns } from "../../../src/server/http/cpu-turns";

describe("cpu turns", () => {
  it("lets other work in between two jobs, and keeps the jobs' order and answers", async () => {
    const turns = createCpuTurns();
    const order: string[] = [];
    const jobs = [1, 2, 3].map((i) =>
      turns.run(() => {
        order.push(`job${i}`);
        // Something else becomes ready while the job runs (a request, a timer's follow-up).
        setImmediate(() => order.push(`other after job${i}`));
        return i * 10;
      }),
    );
    expect(await Promise.all(jobs)).toEqual([10, 20, 30]);
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(["job1", "other after job1", "job2", "other after job2", "job3", "other after job3"]);
  });

  it("passes a job's error to its caller only", async () => {
    const turns = createCpuTurns();
    const failing = turns.run(() => {
      throw new Error("bad text");
    });
    const fine = turns.run(() => "ok");
    await expect(failing).rejects.toThrow("bad text");
    await expect(fine).resolves.toBe("ok");
  });

  it("answers 429 with Retry-After when too many jobs wait", async () => {
    const turns = createCpuTurns(2);
    const waiting = [turns.run(() => 1), turns.run(() => 2)];
    const refused = await turns.run(() => 3).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ statusCode: 429, headers: { "Retry-After": "1" } });
    expect(await Promise.all(waiting)).toEqual([1, 2]);
  });
});
