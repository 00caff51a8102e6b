// "Who are you?" for local auth mode: the demo people to sign in as. Only entries use it, and only
// when the server says it issues its own tokens (there is no such choice with Entra ID).
import { Button, Field, Select, Text, Title2, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "./i18n/use-t";

export interface PickablePerson {
  email: string;
  name: string;
  department: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, maxWidth: "480px" },
});

export interface PersonPickerProps {
  people: readonly PickablePerson[];
  initialEmail?: string | null;
  onPick(person: PickablePerson): void;
}

export function PersonPicker({ people, initialEmail, onPick }: PersonPickerProps) {
  const t = useT();
  const styles = useStyles();
  const titleId = useId("person-picker-title");
  const [email, setEmail] = useState(initialEmail ?? people[0]?.email ?? "");
  const chosen = people.find((p) => p.email === email);
  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="person-picker">
      <Title2 as="h1" id={titleId}>
        {t("auth.whoTitle")}
      </Title2>
      <Text>{t("auth.whoHint")}</Text>
      <Field label={t("auth.whoLabel")}>
        <Select value={email} onChange={(_, data) => setEmail(data.value)} data-testid="person-picker-select">
          {people.map((p) => (
            <option key={p.email} value={p.email}>
              {t("common.personWithDept", { name: p.name, department: p.department })}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button appearance="primary" disabled={!chosen} onClick={() => chosen && onPick(chosen)}>
          {t("auth.whoContinue")}
        </Button>
      </div>
    </section>
  );
}
