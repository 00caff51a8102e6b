// The agenda can't be opened: not an attendee (403) — say who organizes the meeting and how to be
// added — or no such agenda (404). Nothing retries by itself (asking again cannot change the answer);
// the person reloads once they have been added.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/use-t";
import { useTNodes } from "../i18n/use-t-nodes";
import { ApiError } from "../../platform/ports";

const useStyles = makeStyles({
  // Each sentence on its own lines below the title (Fluent's Text is inline by default).
  line: { marginTop: tokens.spacingVerticalXS },
  // A name moves to the next line whole (「佐藤 花子」, not 「佐藤 花／子」) unless it is longer than a line.
  name: { display: "inline-block", maxWidth: "100%", overflowWrap: "anywhere" },
});

/** A load error that is an answer about access, not a failure to try again. */
export function isRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 403 || error.status === 404);
}

export function AccessRefused({ error }: { error: ApiError }) {
  const t = useT();
  const tNodes = useTNodes();
  const styles = useStyles();
  const forbidden = error.status === 403;
  const name = (n: string) => <span className={styles.name}>{n}</span>;
  return (
    <MessageBar intent={forbidden ? "warning" : "error"} layout="multiline" data-testid="access-refused" data-status={error.status}>
      <MessageBarBody>
        <MessageBarTitle>{forbidden ? t("tab.refused.title") : t("tab.notFound.title")}</MessageBarTitle>
        {forbidden ? (
          <>
            <Text as="p" block className={styles.line} data-testid="access-refused-organizer">
              {error.organizerName ? tNodes("tab.refused.organizer", { organizer: name(error.organizerName) }) : t("tab.refused.noOrganizer")}
            </Text>
            <Text as="p" block className={styles.line}>
              {t("tab.refused.then")}
            </Text>
          </>
        ) : (
          <Text as="p" block className={styles.line}>
            {t("error.notFound")}
          </Text>
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
