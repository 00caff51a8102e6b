// The agenda can't be opened: not an attendee (403) — say who organizes the meeting and how to be
// added — or no such agenda (404). Nothing retries by itself (asking again cannot change the answer);
// the person reloads once they have been added.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useT } from "../i18n/use-t";
import { ApiError } from "../../platform/ports";

/** A load error that is an answer about access, not a failure to try again. */
export function isRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 403 || error.status === 404);
}

export function AccessRefused({ error }: { error: ApiError }) {
  const t = useT();
  const forbidden = error.status === 403;
  return (
    <MessageBar intent={forbidden ? "warning" : "error"} layout="multiline" data-testid="access-refused" data-status={error.status}>
      <MessageBarBody>
        <MessageBarTitle>{forbidden ? t("tab.refused.title") : t("tab.notFound.title")}</MessageBarTitle>
        {forbidden ? (
          <>
            <Text as="p" data-testid="access-refused-organizer">
              {error.organizerName ? t("tab.refused.organizer", { organizer: error.organizerName }) : t("tab.refused.noOrganizer")}
            </Text>
            <Text as="p">{t("tab.refused.then")}</Text>
          </>
        ) : (
          t("error.notFound")
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => window.location.reload()} data-testid="access-refused-reload">
          {t("common.reload")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
