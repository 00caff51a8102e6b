// Who administers an organization's Common Purpose data: people given the app role "Admin" (in
// Entra ID: Enterprise applications → Common Purpose → Users and groups; in local mode a dev token
// with roles ["Admin"]). They disable the tenant, export and delete its data, remove a person's
// data and set the retention. PMOs may export and read the audit.
import type { Principal } from "../auth/principal";

export const ADMIN_ROLE = "Admin";

export const isTenantAdmin = (principal: Principal): boolean => principal.roles.includes(ADMIN_ROLE);
