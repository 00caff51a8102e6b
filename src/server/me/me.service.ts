import type { Me } from "../../core/api/me-contract";
import type { Principal } from "../auth/principal";
import type { DirectoryCaller, DirectoryLookup } from "../directory/directory-lookup";
import { resolveDirectory } from "../directory/directory.service";

/** Who the token says I am, plus my department from the directory ("" when it does not know). */
export async function describeMe(lookup: DirectoryLookup, principal: Principal, caller?: DirectoryCaller): Promise<Me> {
  const [entry] = await resolveDirectory(lookup, principal.tenantId, [principal.email], caller);
  return {
    tenantId: principal.tenantId,
    userId: principal.userId,
    email: principal.email,
    name: principal.name || entry?.name || "",
    roles: [...principal.roles],
    isPmo: principal.isPmo,
    department: entry?.department ?? "",
  };
}
