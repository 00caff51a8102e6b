// The table's search: the typed text goes to the query once typing pauses, so one request goes out
// per word rather than per keystroke.
import { Field, SearchBox } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { useT } from "../../components/i18n/use-t";

export const SEARCH_DEBOUNCE_MS = 300;

export interface PmoSearchBoxProps {
  value: string;
  onSearch(text: string): void;
  className?: string;
}

export function PmoSearchBox({ value, onSearch, className }: PmoSearchBoxProps) {
  const t = useT();
  const [text, setText] = useState(value);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  // A change from outside (e.g. filters reset) shows in the box.
  useEffect(() => setText(value), [value]);

  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => latest.current(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <Field label={t("pmo.search.label")} className={className}>
      <SearchBox
        value={text}
        placeholder={t("pmo.search.placeholder")}
        onChange={(_, d) => setText(d.value)}
        maxLength={200}
        data-testid="pmo-search"
      />
    </Field>
  );
}
