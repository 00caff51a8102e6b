// Which departments the attendees come from, one line per department; people the directory does
// not know are listed under "unknown department" rather than dropped.
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Attendee } from "../../core/api/contract";
import { groupAttendeesByDepartment } from "../../core/meeting/departments";
import { useLang } from "../../components/i18n/use-t";
import { useEditorT } from "./editor-messages";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export function AttendeesByDepartment({ attendees }: { attendees: readonly Attendee[] }) {
  const et = useEditorT();
  const styles = useStyles();
  const lang = useLang();
  const groups = groupAttendeesByDepartment(attendees);
  if (groups.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={et("attendees.title")} data-testid="attendee-groups">
      {groups.map((g) => (
        <li key={g.department || "__unknown"} data-testid="attendee-group" data-department={g.department}>
          <Text size={200}>
            <b>{g.department || et("attendees.unknown")}</b>
            {lang === "ja" ? "：" : ": "}
            {g.attendees.map((a) => a.name || a.email).join(lang === "ja" ? "、" : ", ")}
          </Text>
        </li>
      ))}
    </ul>
  );
}
