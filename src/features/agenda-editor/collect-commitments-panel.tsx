// After the meeting: read the commitments typed into the body, show what was found, record on
// confirmation. Rows that are already recorded or cannot be recorded say why.
import { Button, Spinner, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { AgendaView } from "../../core/api/contract";
import { ErrorBar } from "../../components/status/error-bar";
import { NoticeBar } from "../../components/status/notice-bar";
import type { CollectedRow } from "./collect-plan";
import { useEditorT, type EditorMessageKey } from "./editor-messages";
import { useCollectCommitments } from "./hooks/use-collect-commitments";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
});

function stateKey(row: CollectedRow): EditorMessageKey {
  if (row.state.kind === "problem") return `collect.problem.${row.state.problem}`;
  return row.state.kind === "new" ? "collect.state.new" : "collect.state.recorded";
}

export function CollectCommitmentsPanel({ agendaId, onView }: { agendaId: string; onView(view: AgendaView): void }) {
  const et = useEditorT();
  const styles = useStyles();
  const titleId = useId("collect-title");
  const model = useCollectCommitments(agendaId, onView);
  const rows = model.rows ?? [];
  const pending = rows.filter((r) => r.state.kind === "new").length;
  return (
    <section className={styles.section} aria-labelledby={titleId} data-testid="collect-commitments">
      <Subtitle2 as="h3" id={titleId}>
        <PhraseText>{et("collect.title")}</PhraseText>
      </Subtitle2>
      <Text size={200}>{et("collect.intro")}</Text>
      <div className={styles.actions}>
        <Button disabled={model.action.busy} onClick={() => void model.read()} data-testid="collect-read">
          {et("collect.read")}
        </Button>
        {pending > 0 && (
          <Button appearance="primary" disabled={model.action.busy} onClick={() => void model.confirm()} data-testid="collect-confirm">
            {et("collect.confirm", { count: pending })}
          </Button>
        )}
        <div role="status" aria-live="polite" data-testid="collect-busy" data-busy={model.action.busy ? "true" : "false"}>
          {model.action.busy && <Spinner size="tiny" label={et("collect.title")} labelPosition="after" />}
        </div>
      </div>
      <ErrorBar error={model.action.error} onDismiss={model.action.clearError} />
      {model.recorded !== null && <NoticeBar data-testid="collect-recorded">{et("collect.recordedDone", { count: model.recorded })}</NoticeBar>}
      {model.rows && pending === 0 && model.recorded === null && <NoticeBar data-testid="collect-none">{et("collect.none")}</NoticeBar>}
      {rows.length > 0 && (
        <>
          <Text size={200}>{et("collect.found", { count: rows.length })}</Text>
          <Table size="small" aria-label={et("collect.table")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{et("collect.col.who")}</TableHeaderCell>
                <TableHeaderCell>{et("collect.col.what")}</TableHeaderCell>
                <TableHeaderCell>{et("collect.col.due")}</TableHeaderCell>
                <TableHeaderCell>{et("collect.col.state")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r, i) => (
                <TableRow key={i} data-testid="collected-row" data-state={r.state.kind}>
                  <TableCell>{r.row.owner}</TableCell>
                  <TableCell>{r.row.action}</TableCell>
                  <TableCell>{r.row.dueDate ?? r.row.dueText}</TableCell>
                  <TableCell>{et(stateKey(r))}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
