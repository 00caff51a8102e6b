// An API client for one person in local auth mode (dev tokens from the server), reporting its
// in-flight requests to a progress bar.
import { createProgressSource, type ProgressReporter } from "../../components/status/request-progress";
import { createDevTokenAuth } from "../../platform/auth/dev-token-auth";
import { createHttpApiClient } from "../../platform/http/api-client";
import type { ApiClient } from "../../platform/ports";

export interface PersonClient {
  api: ApiClient;
  progress: ProgressReporter;
}

export interface LocalPerson {
  email: string;
  name?: string;
  /** Demo roles (e.g. PMO): in local mode the dev-token endpoint takes them from the request. */
  roles?: readonly string[];
}

export function apiForPerson(baseUrl: string, person: LocalPerson): PersonClient {
  const progress = createProgressSource();
  const auth = createDevTokenAuth({
    baseUrl,
    email: person.email,
    ...(person.name ? { name: person.name } : {}),
    ...(person.roles && person.roles.length > 0 ? { roles: [...person.roles] } : {}),
  });
  const api = createHttpApiClient({ baseUrl, auth, onProgress: (n) => progress.report(n) });
  return { api, progress };
}
