// Shows that a request is in flight. The live region stays mounted so screen readers announce the
// label when work starts, not only sighted users noticing a spinner.
import { Spinner } from "@fluentui/react-components";

export interface BusyIndicatorProps {
  busy: boolean;
  label: string;
  size?: "extra-tiny" | "tiny" | "small";
}

export function BusyIndicator({ busy, label, size = "tiny" }: BusyIndicatorProps) {
  return (
    <div role="status" aria-live="polite" data-testid="busy-indicator" data-busy={busy ? "true" : "false"}>
      {busy && <Spinner size={size} label={label} labelPosition="after" />}
    </div>
  );
}
