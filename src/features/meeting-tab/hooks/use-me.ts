import { useEffect, useState } from "react";
import type { Me } from "../../../core/api/me-contract";
import { usePorts } from "../../../components/ports-context";

/** Who is signed in (name and department come from the directory, via the API). */
/** `attempt`: bump it to ask again (after signing in again). */
export function useMe(attempt = 0): { me: Me | null; error: unknown } {
  const { api } = usePorts();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let active = true;
    setError(null);
    api.me().then(
      (m) => active && setMe(m),
      (err: unknown) => active && setError(err),
    );
    return () => {
      active = false;
    };
  }, [api, attempt]);
  return { me, error };
}
