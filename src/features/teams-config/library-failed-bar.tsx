// The create form's library (objectives, departments) didn't arrive: what failed, and the ways on —
// Retry for every failed part, or go on now with a new objective / without departments.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useT } from "../../components/i18n/use-t";
import { describeError } from "../../components/status/describe-error";
import type { Reloadable } from "./hooks/use-reloadable";

export interface LibraryFailedBarProps {
  objectives: Reloadable<unknown>;
  departments: Reloadable<unknown>;
}

export function LibraryFailedBar({ objectives, departments }: LibraryFailedBarProps) {
  const t = useT();
  const objectivesFailed = objectives.status === "failed";
  const departmentsFailed = departments.status === "failed";
  if (!objectivesFailed && !departmentsFailed) return null;
  const title = objectivesFailed && departmentsFailed ? t("config.libraryFailedBoth") : objectivesFailed ? t("config.libraryFailedObjectives") : t("config.libraryFailedDepartments");
  const error = objectivesFailed ? objectives.error : departments.error;
  const hint = objectivesFailed ? t("config.libraryFailedObjectivesHint") : t("config.libraryFailedDepartmentsHint");
  return (
    <MessageBar intent="error" politeness="assertive" layout="multiline" data-testid="config-library-error">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {describeError(error, t)} {hint}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          onClick={() => {
            if (objectivesFailed) objectives.retry();
            if (departmentsFailed) departments.retry();
          }}
          data-testid="config-library-retry"
        >
          {t("config.libraryRetry")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
