// To Do and Planner through Microsoft Graph, on behalf of the user (delegated Tasks.ReadWrite):
// - To Do: the user's default list (GET /me/todo/lists, wellknownListName "defaultList"), then
//   POST /me/todo/lists/{listId}/tasks, or PATCH …/tasks/{taskId} for a task synced before;
// - Planner: POST /planner/tasks, or PATCH /planner/tasks/{id} with If-Match: the stored etag
//   (a 412 means the task changed in Planner: its current etag is read and the PATCH sent once more).
// A task deleted on the Microsoft side (404 on PATCH) is created again.
import type { GraphClient } from "../graph/graph-client";
import { GraphError } from "../graph/graph-error";
import type { GraphWriter } from "../graph/graph-writer";
import type { TaskContent, TaskLink, TaskSync, TaskSyncRequest } from "./task-sync";

interface TodoList {
  id: string;
  wellknownListName?: string;
}
interface CreatedTask {
  id: string;
  "@odata.etag"?: string;
}

export class NoDefaultTodoListError extends GraphError {
  constructor() {
    super(404, "no_default_list", "Microsoft To Do has no default task list for this user (open To Do once to create it)");
  }
}

const seg = encodeURIComponent;

export function createGraphTaskSync(graph: { read: GraphClient; write: GraphWriter }): TaskSync {
  const todoBody = (task: TaskContent) => ({
    title: task.title,
    body: { content: task.notes, contentType: "text" },
    dueDateTime: { dateTime: `${task.dueDate}T00:00:00.0000000`, timeZone: "UTC" },
    status: task.done ? "completed" : "notStarted",
  });
  const plannerFields = (task: TaskContent) => ({
    title: task.title,
    dueDateTime: `${task.dueDate}T00:00:00Z`,
    percentComplete: task.done ? 100 : 0,
  });
  const plannerUrl = (tenantId: string, taskId: string) => `https://tasks.office.com/${seg(tenantId)}/Home/Task/${seg(taskId)}`;

  async function defaultTodoList(token: string): Promise<string> {
    const lists = await graph.read.getAll<TodoList>("me/todo/lists", token, 5);
    const list = lists.find((l) => l.wellknownListName === "defaultList");
    if (!list) throw new NoDefaultTodoListError();
    return list.id;
  }

  async function todo(r: TaskSyncRequest): Promise<TaskLink & { created: boolean }> {
    if (r.existing) {
      try {
        const path = `me/todo/lists/${seg(r.existing.containerId)}/tasks/${seg(r.existing.externalId)}`;
        await graph.write({ method: "PATCH", path, token: r.token, body: todoBody(r.task) });
        return { ...r.existing, created: false };
      } catch (error) {
        if (!(error instanceof GraphError && error.status === 404)) throw error;
      }
    }
    const listId = await defaultTodoList(r.token);
    const created = await graph.write<CreatedTask>({ method: "POST", path: `me/todo/lists/${seg(listId)}/tasks`, token: r.token, body: todoBody(r.task) });
    return { containerId: listId, externalId: idOf(created.body), webUrl: null, etag: null, created: true };
  }

  async function planner(r: TaskSyncRequest): Promise<TaskLink & { created: boolean }> {
    const planId = r.planId ?? r.existing?.containerId;
    if (planId === undefined) throw new GraphError(400, "plan_required", "planId is required for Planner");
    if (r.existing && r.existing.containerId === planId) {
      const path = `planner/tasks/${seg(r.existing.externalId)}`;
      const patch = (etag: string) =>
        graph.write<CreatedTask>({
          method: "PATCH",
          path,
          token: r.token,
          body: plannerFields(r.task),
          headers: { "if-match": etag, prefer: "return=representation" },
        });
      try {
        let updated;
        try {
          updated = await patch(r.existing.etag ?? "*");
        } catch (error) {
          if (!(error instanceof GraphError && error.status === 412)) throw error;
          const current = await graph.read.get<CreatedTask>(path, r.token);
          updated = await patch(current["@odata.etag"] ?? "*");
        }
        return { ...r.existing, etag: updated.body?.["@odata.etag"] ?? null, created: false };
      } catch (error) {
        if (!(error instanceof GraphError && error.status === 404)) throw error;
      }
    }
    const created = await graph.write<CreatedTask>({
      method: "POST",
      path: "planner/tasks",
      token: r.token,
      body: { planId, ...(r.bucketId !== undefined ? { bucketId: r.bucketId } : {}), ...plannerFields(r.task) },
    });
    const externalId = idOf(created.body);
    return { containerId: planId, externalId, webUrl: plannerUrl(r.tenantId, externalId), etag: created.body?.["@odata.etag"] ?? null, created: true };
  }

  return { upsert: (r) => (r.target === "todo" ? todo(r) : planner(r)) };
}

function idOf(body: CreatedTask | null): string {
  if (!body || typeof body.id !== "string" || body.id === "") {
    throw new GraphError(502, "bad_response", "Microsoft Graph created the task but returned no id");
  }
  return body.id;
}
