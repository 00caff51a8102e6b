// A simulated Outlook compose window: what the (fake) meeting item holds right now — subject,
// organizer, attendees and the body exactly as "Outlook" keeps it, Teams block included.
import { Radio, RadioGroup, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DemoPerson } from "../../core/demo/demo-people";
import { useLang, useT } from "../../components/i18n/use-t";
import type { BodyFormat } from "../../platform/ports";
import type { FakeMeetingSnapshot } from "../../platform/fakes/fake-meeting-item";
import { PREVIEW_FORMAT_TEXT } from "./preview-messages";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    flex: "1 1 480px",
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  fields: { display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
  body: { width: "100%", minHeight: "560px", border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: "#ffffff" },
  textBody: {
    margin: 0,
    minHeight: "560px",
    padding: tokens.spacingHorizontalS,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "#ffffff",
    color: "#242424",
  },
});

export interface ComposeWindowProps {
  snapshot: FakeMeetingSnapshot;
  organizer: DemoPerson;
  people: readonly DemoPerson[];
  /** Switches the simulated item between an HTML and a plain-text body (a new meeting). */
  onFormat?(format: BodyFormat): void;
}

export function ComposeWindow({ snapshot, organizer, people, onFormat }: ComposeWindowProps) {
  const t = useT();
  const words = PREVIEW_FORMAT_TEXT[useLang()];
  const styles = useStyles();
  const label = (email: string, fallback: string) => {
    const p = people.find((x) => x.email === email);
    return p ? t("common.personWithDept", { name: p.name, department: p.department }) : fallback || email;
  };
  return (
    <section className={styles.root} aria-label={t("preview.compose.label")} data-testid="compose-window">
      <Text weight="semibold">{t("preview.compose.label")}</Text>
      <dl className={styles.fields}>
        <dt className={styles.term}>{t("preview.compose.subject")}</dt>
        <dd className={styles.value} data-testid="compose-subject">
          {snapshot.subject}
        </dd>
        <dt className={styles.term}>{t("preview.compose.organizer")}</dt>
        <dd className={styles.value}>{label(organizer.email, organizer.name)}</dd>
        <dt className={styles.term}>{t("preview.compose.attendees")}</dt>
        <dd className={styles.value} data-testid="compose-attendees">
          {snapshot.attendees.map((a) => label(a.email, a.name)).join("; ")}
        </dd>
      </dl>
      <Text weight="semibold">{t("preview.compose.body")}</Text>
      {onFormat && (
        <RadioGroup
          layout="horizontal"
          aria-label={`${words.label} — ${words.hint}`}
          value={snapshot.bodyFormat}
          onChange={(_, d) => onFormat(d.value as BodyFormat)}
          data-testid="compose-format"
        >
          <Radio value="html" label={words.html} />
          <Radio value="text" label={words.text} />
        </RadioGroup>
      )}
      {snapshot.bodyFormat === "text" ? (
        <pre className={styles.textBody} tabIndex={0} role="region" aria-label={t("preview.compose.body")} data-testid="compose-body" data-format="text">
          {snapshot.body}
        </pre>
      ) : (
        /* Fully sandboxed: the body is shown, never run. */
        <iframe
          className={styles.body}
          title={t("preview.compose.bodyFrame")}
          sandbox=""
          srcDoc={snapshot.body}
          data-testid="compose-body"
          data-format="html"
        />
      )}
    </section>
  );
}
