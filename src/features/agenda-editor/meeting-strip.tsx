// The meeting at a glance, folded into one compact strip under the objective: who attends, from
// which departments, whether it is a Teams meeting, and the purpose-first score. Each part opens in
// place (a disclosure the keyboard reaches like any button); nothing here comes before the objective.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, mergeClasses, tokens, type AccordionHeaderProps } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { PurposeScore } from "../../components/coach/purpose-score-badge";
import { useEditorPlural, useEditorT } from "./editor-messages";

export type StripPart = "details" | "score";

/** The header's button slot with a test id (the slot's type knows no data-* attributes). */
const buttonWith = (testId: string) => ({ "data-testid": testId }) as AccordionHeaderProps["button"];

const useStyles = makeStyles({
  root: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { minWidth: 0 },
  summary: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: "center", textAlign: "start" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  divider: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
});

export interface MeetingStripProps {
  people: number;
  departments: number;
  teams: boolean;
  score: number | null;
  open: readonly StripPart[];
  onOpen(parts: StripPart[]): void;
  details: ReactNode;
  explanation: ReactNode;
}

export function MeetingStrip({ people, departments, teams, score, open, onOpen, details, explanation }: MeetingStripProps) {
  const et = useEditorT();
  const plural = useEditorPlural();
  const styles = useStyles();
  return (
    <Accordion
      multiple
      collapsible
      openItems={[...open]}
      onToggle={(_, data) => onOpen(data.openItems as StripPart[])}
      className={styles.root}
      role="group"
      aria-label={et("strip.label")}
      data-testid="meeting-strip"
    >
      <AccordionItem value="details">
        <AccordionHeader size="small" className={styles.header} button={buttonWith("meeting-strip-details")}>
          <span className={styles.summary}>
            <Text size={200}>{et("strip.summary", { people: plural("strip.people", people), departments: plural("strip.departments", departments) })}</Text>
            <Text size={200} className={mergeClasses(!teams && styles.warning)} data-testid="strip-teams" data-teams={teams ? "yes" : "no"}>
              {teams ? et("strip.teams.yes") : et("strip.teams.no")}
            </Text>
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel} data-testid="meeting-strip-details-panel">
          {details}
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="score" className={styles.divider}>
        <AccordionHeader size="small" className={styles.header} button={buttonWith("meeting-strip-score")}>
          <span className={styles.summary}>
            <PurposeScore score={score} size="small" />
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel} data-testid="meeting-strip-score-panel">
          {explanation}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
