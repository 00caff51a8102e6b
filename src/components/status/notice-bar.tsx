// A success or information message after an action (e.g. "the agenda is in the body").
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export interface NoticeBarProps {
  intent?: "success" | "info" | "warning";
  children: string;
  "data-testid"?: string;
}

export function NoticeBar({ intent = "success", children, "data-testid": testId }: NoticeBarProps) {
  return (
    // No MessageBarTitle here, so drop the aria-labelledby Fluent points at the (absent) title.
    <MessageBar intent={intent} data-testid={testId} layout="multiline" aria-labelledby={undefined}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
