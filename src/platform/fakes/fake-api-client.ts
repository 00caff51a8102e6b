// The whole API in memory, honouring the contract and the server's rules: inputs parsed with the
// contract schemas (400 + field), 404 unknown ids, 403 for people outside the meeting, 412 + current
// on a stale version, versions and revisions bumped, live change events to subscribers. `as(me)`
// gives another user on the same fake server, so /preview can show the organizer, an attendee and
// the PMO working on one agenda together.
import { scoreAgenda } from "../../core/coach/score-agenda";
import { DepartmentCreate, DepartmentUpdate, DirectoryResolveRequest, type AgendaView, type Department, type DirectoryEntry, type Objective } from "../../core/api/contract";
import { type Me } from "../../core/api/me-contract";
import { ApiError, type ApiClient, type LiveHandlers, type WriteOptions } from "../ports";
import { agendaHandlers } from "./fake-agenda-handlers";
import { canOpen } from "./fake-agendas";
import { notFound, parseOr400, simulatedFailure } from "./fake-api-errors";
import { objectiveLibraryHandlers } from "./fake-objective-library";
import { carryForwardHandlers } from "./fake-carry-forward";
import { commitmentHandlers } from "./fake-commitment-handlers";
import { requestHandlers } from "./fake-request-handlers";
import { dashboardHandlers } from "./fake-dashboard";
import { demoMe } from "./fake-demo-seed";
import { renderAgendaForFake, type AgendaRenderer } from "./fake-render";
import { taskSyncHandlers } from "./fake-task-sync";
import { fakeRequest, type FakeRequest, type FakeStore } from "./fake-server";

export interface FakeApiSeed {
  me?: Me;
  objectives?: Objective[];
  departments?: Department[];
  agendas?: AgendaView[];
  directory?: DirectoryEntry[];
  /** Defaults to core's renderer, as the server uses. */
  render?: AgendaRenderer;
  /** Simulated latency of every call, so /preview shows progress. */
  latencyMs?: number;
  now?: () => Date;
  /** Origin of the live-agenda links in rendered agendas. */
  origin?: string;
}

export interface FakeApiClient extends ApiClient {
  /** The next call (any method) rejects: with ApiError(status) or a network ApiError. Queues.
   *  "lost": the call is applied, then its answer is lost (a network ApiError), like a dropped response. */
  failNext(status: number | "network" | "lost"): void;
  /** Every call of this client, in order. */
  readonly calls: Array<{ method: string; args: unknown[] }>;
  /** The same fake server, seen by another user. */
  as(me: Me): FakeApiClient;
  /** Live subscribers of one agenda (tests check that close() unsubscribes). */
  subscriberCount(agendaId: string): number;
}

export const DEFAULT_FAKE_ME: Me = demoMe("hanako.sato@contoso.example");

/** Seeded agendas are scored like every written one, with the same core function as the server. */
function withPurposeScore(view: AgendaView): AgendaView {
  view.agenda.purposeScore = scoreAgenda(view).score;
  return view;
}

// Callers get copies, as over HTTP: mutating a returned object never changes the fake server.
const copy = <T>(value: T): T => (value === undefined || value instanceof Blob ? value : structuredClone(value));

export function createFakeApiClient(seed: FakeApiSeed = {}): FakeApiClient {
  const store: FakeStore = {
    objectives: copy(seed.objectives ?? []),
    departments: copy(seed.departments ?? []),
    directory: copy(seed.directory ?? []),
    views: new Map((seed.agendas ?? []).map((v) => [v.agenda.id, withPurposeScore(copy(v))])),
    listeners: new Map(),
    seq: 0,
    render: seed.render ?? renderAgendaForFake,
    latencyMs: seed.latencyMs ?? 0,
    now: seed.now ?? (() => new Date()),
    origin: seed.origin ?? "http://localhost",
  };
  return clientFor(store, seed.me ?? DEFAULT_FAKE_ME);
}

function libraryHandlers({ store, me, nowIso, newId }: FakeRequest) {
  const duplicate = (name: string) =>
    new ApiError(409, "conflict", `A department named "${name}" already exists`, "name");
  return {
    me: (): Me => me,
    listDepartments: (): Department[] => store.departments,
    createDepartment(input: DepartmentCreate): Department {
      const parsed = parseOr400(DepartmentCreate, input);
      if (store.departments.some((d) => d.name === parsed.name)) throw duplicate(parsed.name);
      const department: Department = { id: newId("dep"), ...parsed, updatedAt: nowIso() };
      store.departments.push(department);
      return department;
    },
    updateDepartment(id: string, input: DepartmentUpdate): Department {
      const parsed = parseOr400(DepartmentUpdate, input);
      const department = store.departments.find((d) => d.id === id);
      if (!department) throw notFound("Department");
      if (parsed.name && store.departments.some((d) => d.name === parsed.name && d.id !== id)) throw duplicate(parsed.name);
      if ((parsed.name ?? department.name) !== department.name || (parsed.mission ?? department.mission) !== department.mission) {
        Object.assign(department, parsed, { updatedAt: nowIso() });
      }
      return department;
    },
    resolveDirectory(emails: string[]): DirectoryEntry[] {
      const parsed = parseOr400(DirectoryResolveRequest, { emails });
      return parsed.emails.map((email) => store.directory.find((d) => d.email === email) ?? { email, name: "", department: "" });
    },
  };
}

// Like the server: a write's first answer is kept per user and Idempotency-Key and replayed to resends.
const replaysByStore = new WeakMap<FakeStore, Map<string, unknown>>();
function replaysOf(store: FakeStore): Map<string, unknown> {
  const found = replaysByStore.get(store);
  if (found) return found;
  const created = new Map<string, unknown>();
  replaysByStore.set(store, created);
  return created;
}
const keyOf = (args: unknown[]): string | undefined => {
  const last = args[args.length - 1] as WriteOptions | undefined;
  return last && typeof last === "object" && typeof last.idempotencyKey === "string" ? last.idempotencyKey : undefined;
};

/** If-Match on a contribution: 412 with the current contribution when it changed since. */
function contributionPrecondition(store: FakeStore, id: string, options?: WriteOptions): void {
  if (options?.ifMatch === undefined) return;
  for (const view of store.views.values()) {
    const current = view.contributions.find((c) => c.id === id);
    if (current && current.version !== options.ifMatch) {
      throw new ApiError(412, "precondition_failed", "The contribution was changed by someone else", undefined, structuredClone(current));
    }
  }
}

type Sync = Record<string, (...args: never[]) => unknown>;
type Async<T extends Sync> = { [K in keyof T]: (...args: Parameters<T[K]>) => Promise<ReturnType<T[K]>> };

/** The agenda handlers, with If-Match honoured on contribution edits and deletes. */
function guardedAgendaHandlers(request: FakeRequest) {
  const handlers = agendaHandlers(request);
  return {
    ...handlers,
    updateContribution(id: string, input: Parameters<typeof handlers.updateContribution>[1], options?: WriteOptions) {
      contributionPrecondition(request.store, id, options);
      return handlers.updateContribution(id, input);
    },
    deleteContribution(id: string, options?: WriteOptions) {
      contributionPrecondition(request.store, id, options);
      handlers.deleteContribution(id);
    },
  };
}

function clientFor(store: FakeStore, me: Me): FakeApiClient {
  const calls: Array<{ method: string; args: unknown[] }> = [];
  const failures: Array<number | "network" | "lost"> = [];
  const request = fakeRequest(store, me);
  const replays = replaysOf(store);

  /** What the network adds around a handler: the log, latency, injected failures, copies. */
  function served<T extends Sync>(handlers: T): Async<T> {
    const out: Record<string, unknown> = {};
    for (const [method, handler] of Object.entries(handlers)) {
      out[method] = async (...args: never[]) => {
        calls.push({ method, args: copy(args) });
        if (store.latencyMs > 0) await new Promise((r) => setTimeout(r, store.latencyMs));
        else await Promise.resolve();
        const failure = failures.shift();
        if (failure !== undefined && failure !== "lost") throw simulatedFailure(failure);
        const key = keyOf(args);
        const replayKey = key === undefined ? undefined : `${me.email}\0${key}`;
        const result = replayKey !== undefined && replays.has(replayKey) ? replays.get(replayKey) : copy(handler(...copy(args)));
        if (replayKey !== undefined) replays.set(replayKey, result);
        if (failure === "lost") throw simulatedFailure("network");
        return copy(result);
      };
    }
    return out as Async<T>;
  }

  return {
    ...served(libraryHandlers(request)),
    ...served(objectiveLibraryHandlers(request)),
    ...served(guardedAgendaHandlers(request)),
    ...served(commitmentHandlers(request)),
    ...served(requestHandlers(request)),
    ...served(dashboardHandlers(request)),
    ...served(carryForwardHandlers(request)),
    ...served(taskSyncHandlers(request)),
    subscribeAgenda(id: string, handlers: LiveHandlers) {
      calls.push({ method: "subscribeAgenda", args: [id] });
      const set = store.listeners.get(id) ?? new Set<LiveHandlers>();
      store.listeners.set(id, set);
      set.add(handlers);
      let open = true;
      queueMicrotask(() => {
        if (!open) return;
        const view = store.views.get(id);
        // Like the server's stream: 403/404 end the subscription for good.
        if (!view || !canOpen(view.agenda, me)) {
          set.delete(handlers);
          return handlers.onStatus?.("refused");
        }
        handlers.onStatus?.("live");
        // Like the server's stream: the current view first, so nothing between load and subscribe is lost.
        handlers.onChange(copy({ agendaId: id, revision: view.agenda.revision, kind: "agenda", view }));
      });
      return {
        close() {
          open = false;
          set.delete(handlers);
        },
      };
    },
    calls,
    failNext: (status) => void failures.push(status),
    as: (other) => clientFor(store, other),
    subscriberCount: (id) => store.listeners.get(id)?.size ?? 0,
  };
}
