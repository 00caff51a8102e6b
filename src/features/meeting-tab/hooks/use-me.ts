import { useEffect, useState } from "react";
import type { Me } from "../../../core/api/contract";
import { usePorts } from "../../../components/ports-context";

/** Who is signed in (name and department come from the directory, via the API). */
export function useMe(): { me: Me | null; error: unknown } {
  const { api } = usePorts();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let active = true;
    api.me().then(
      (m) => active && setMe(m),
      (err: unknown) => active && setError(err),
    );
    return () => {
      active = false;
    };
  }, [api]);
  return { me, error };
}
