import type { DirectoryEntry } from "../../core/api/contract";
import type { DirectoryCaller, DirectoryLookup } from "./directory-lookup";

/**
 * One entry per asked email, in the order asked. People the directory does not know come back
 * with an empty name and department: the client groups them as "unknown department".
 */
export async function resolveDirectory(
  lookup: DirectoryLookup,
  tenantId: string,
  emails: readonly string[],
  caller?: DirectoryCaller,
): Promise<DirectoryEntry[]> {
  const asked = emails.map((e) => e.trim().toLowerCase());
  const known = new Map((await lookup.findPeople(tenantId, asked, caller)).map((p) => [p.email.toLowerCase(), p]));
  return asked.map((email) => {
    const person = known.get(email);
    return person ? { email, name: person.name, department: person.department } : { email, name: "", department: "" };
  });
}
