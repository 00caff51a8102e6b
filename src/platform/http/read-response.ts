// Readers of 2xx answers: each checks the answer against the contract, so a server that drifted from
// it fails loudly here with the field that is wrong, instead of somewhere deep in the UI.
import { z } from "zod";
import { ApiError } from "../ports";

function contractError(response: Response, detail: string): ApiError {
  return new ApiError(response.status, "internal", `The server's answer did not match the API contract (${detail})`);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw contractError(response, "not JSON");
  }
}

function check<S extends z.ZodType>(response: Response, schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw contractError(response, issue ? `${issue.path.map(String).join(".") || "body"}: ${issue.message}` : "invalid");
}

export const json =
  <S extends z.ZodType>(schema: S) =>
  async (response: Response): Promise<z.output<S>> =>
    check(response, schema, await readJson(response));

/** A list, whether the server sends a bare array or a page ({items, nextCursor}). */
export const list =
  <S extends z.ZodType>(item: S) =>
  async (response: Response): Promise<Array<z.output<S>>> => {
    const value = await readJson(response);
    const items = Array.isArray(value) ? value : (value as { items?: unknown } | null)?.items;
    return check(response, z.array(item), items);
  };

export const nothing = async (response: Response): Promise<void> => {
  await response.arrayBuffer();
};

export const blob = (response: Response): Promise<Blob> => response.blob();
