// The PMO's objective library (/pmo?view=objectives): every objective with its use; edit, archive
// or restore, merge duplicates. Organizers pick from the active ones in Outlook; archived ones leave
// the picker while the agendas written with them stay as they are.
import { Button, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { createElement } from "react";
import type { Objective } from "../../core/api/contract";
import { useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { NoticeBar } from "../../components/status/notice-bar";
import { BusyIndicator } from "../../components/status/busy-indicator";
import { useLibraryT, type LibraryMessageKey } from "./library-messages";
import { ObjectiveRow } from "./objective-row";
import { useObjectiveLibrary, type LibraryNotice } from "./use-objective-library";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, maxWidth: "960px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
});

function noticeText(lt: ReturnType<typeof useLibraryT>, notice: LibraryNotice): string {
  if (notice.kind === "stale") return lt("stale");
  if (notice.kind === "merged") return lt("mergedDone", { from: notice.from, into: notice.into });
  const key: Record<typeof notice.kind, LibraryMessageKey> = { saved: "saved", archived: "archivedDone", restored: "restoredDone" };
  return lt(key[notice.kind], { title: notice.title });
}

export function ObjectiveLibrary({ headingLevel = 2 }: { headingLevel?: 1 | 2 | 3 }) {
  const t = useT();
  const lt = useLibraryT();
  const styles = useStyles();
  const model = useObjectiveLibrary();
  const heading = (level: number, className: string, text: string) => createElement(`h${level}`, { className }, text);
  const active = model.objectives.filter((o) => !o.archivedAt);
  const archived = model.objectives.filter((o) => o.archivedAt);
  const titleOf = (id: string | null | undefined) => model.objectives.find((o) => o.id === id)?.title ?? null;
  const row = (o: Objective) => (
    <li key={o.id}>
      <ObjectiveRow
        objective={o}
        others={active.filter((x) => x.id !== o.id)}
        mergedIntoTitle={o.mergedIntoId ? (titleOf(o.mergedIntoId) ?? "") : null}
        busy={model.action.busy}
        onChange={(patch) => model.change(o, patch)}
        onMerge={(into) => model.merge(o, into)}
      />
    </li>
  );

  return (
    <section className={styles.root} data-testid="objective-library">
      {heading(headingLevel, styles.heading, lt("title"))}
      <Text>{lt("intro")}</Text>
      {model.phase === "loading" && <Spinner size="small" label={lt("loading")} />}
      {model.phase === "notPmo" && <NoticeBar intent="warning">{lt("onlyPmo")}</NoticeBar>}
      {model.phase === "failed" && (
        <>
          <ErrorBar error={model.loadError} />
          <div>
            <Button onClick={model.reload}>{t("boundary.retry")}</Button>
          </div>
        </>
      )}
      {model.phase === "ready" && (
        <>
          <BusyIndicator busy={model.action.busy} label={lt("loading")} />
          <ErrorBar error={model.action.error} onDismiss={model.action.clearError} />
          {model.notice && (
            <NoticeBar intent={model.notice.kind === "stale" ? "warning" : "success"} data-testid="library-notice">
              {noticeText(lt, model.notice)}
            </NoticeBar>
          )}
          {model.objectives.length === 0 && <Text>{lt("empty")}</Text>}
          {active.length > 0 && (
            <>
              {heading(headingLevel + 1, styles.subheading, lt("active", { count: active.length }))}
              <ul className={styles.list} data-testid="library-active">
                {active.map(row)}
              </ul>
            </>
          )}
          {archived.length > 0 && (
            <>
              {heading(headingLevel + 1, styles.subheading, lt("archived", { count: archived.length }))}
              <ul className={styles.list} data-testid="library-archived">
                {archived.map(row)}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
