// Section 2 as the organizer prepares it: one field per department for what it can do for the
// objective. The text goes in as the organizer's proposal for that department (so the agenda says
// who wrote it) until someone of the department confirms or rewrites it — then it is theirs and the
// pane shows it without a field.
import { Field, Subtitle2, Text, Textarea, makeStyles, tokens, useId } from "@fluentui/react-components";
import { CONTRIBUTION_MAX, type AgendaDepartment, type Attendee } from "../../core/api/contract";
import { departmentKey, isOfDepartment } from "../../core/meeting/departments";
import { CoachHints } from "../../components/coach/coach-hints";
import type { SavedSlot } from "./draft";
import { useEditorT } from "./editor-messages";
import { PhraseText } from "../../components/phrase-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  theirs: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface SlotsSectionProps {
  departments: readonly AgendaDepartment[];
  attendees: readonly Attendee[];
  organizerEmail: string;
  slots: Readonly<Record<string, string>>;
  saved: ReadonlyMap<string, SavedSlot>;
  tooLong: (department: string) => boolean;
  objective: string;
  onChange(department: string, text: string): void;
}

export function SlotsSection({ departments, attendees, organizerEmail, slots, saved, tooLong, objective, onChange }: SlotsSectionProps) {
  const et = useEditorT();
  const styles = useStyles();
  const titleId = useId("slots-title");
  const named = departments.filter((d) => d.name.trim() !== "");
  if (named.length === 0) return null;
  const organizerName = attendees.find((a) => a.email === organizerEmail.toLowerCase())?.name || organizerEmail;
  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="slots-section">
      <Subtitle2 as="h3" id={titleId}>
        <PhraseText>{et("slots.title")}</PhraseText>
      </Subtitle2>
      <Text size={200} className={styles.muted}>
        <PhraseText>{et("slots.hint")}</PhraseText>
      </Text>
      {named.map((d) => {
        const key = departmentKey(d.name);
        const mine = saved.get(key);
        if (mine?.theirs) {
          const by = mine.contribution.proposal?.confirmedByName || mine.contribution.proposal?.confirmedByEmail || "";
          return (
            <div key={key} className={styles.theirs} data-testid="slot-confirmed" data-department={d.name}>
              <Text weight="semibold">{d.name.trim()}</Text>
              <Text size={200} className={styles.muted}>
                {et("slot.confirmedBy", { name: by, department: d.name.trim() })}
              </Text>
              <Text className={styles.text}>{mine.contribution.text}</Text>
            </div>
          );
        }
        const value = slots[key] ?? "";
        const own = isOfDepartment(attendees, organizerEmail, d.name);
        return (
          <div key={key}>
            <Field
              label={d.name.trim()}
              hint={<PhraseText>{own ? et("slot.own") : et("slot.proposedAs", { name: organizerName })}</PhraseText>}
              validationMessage={tooLong(d.name) ? et("slot.tooLong", { max: CONTRIBUTION_MAX, count: value.trim().length }) : undefined}
            >
              <Textarea
                value={value}
                resize="vertical"
                onChange={(_, data) => onChange(d.name, data.value)}
                data-testid="contribution-slot"
                data-department={d.name.trim()}
                data-field={`slot-${key}`}
              />
            </Field>
            <CoachHints value={value} onApply={(text) => onChange(d.name, text)} objective={objective} departments={departments.map((x) => x.name)} ownDepartment={d.name} context="contribution" data-testid="slot-coach" />
          </div>
        );
      })}
    </section>
  );
}
