// Fallback (a): agendas of meetings I attend around now, each with its date, time and objective.
import { Radio, RadioGroup, Spinner, Text } from "@fluentui/react-components";
import type { Agenda } from "../../core/api/contract";
import type { Lang } from "../../core/api/primitives";
import { useLang, useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";
import { localIsoDate } from "../../components/dates";
import { formatDate } from "../../core/text/format-date";

export interface NearbyListProps {
  agendas: Agenda[];
  loading: boolean;
  error: unknown;
  selectedId: string | null;
  onSelect(agenda: Agenda): void;
}

const hhmm = (at: Date) => `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;

/** The meeting's local date in the one date format of the language, and its times (24 h). */
export function formatMeetingTime(agenda: Agenda, lang: Lang): string {
  if (!agenda.startsAt) return "";
  const start = new Date(agenda.startsAt);
  const end = agenda.endsAt ? `–${hhmm(new Date(agenda.endsAt))}` : "";
  return `${formatDate(localIsoDate(start), lang)} ${hhmm(start)}${end}`;
}

export function NearbyList({ agendas, loading, error, selectedId, onSelect }: NearbyListProps) {
  const t = useT();
  const lang = useLang();
  if (loading) return <Spinner size="small" label={t("config.nearbyLoading")} />;
  if (error) return <ErrorBar error={error} data-testid="config-nearby-error" />;
  if (agendas.length === 0) return <Text data-testid="config-nearby-empty">{t("config.nearbyNone")}</Text>;
  return (
    <RadioGroup
      aria-label={t("config.nearby")}
      value={selectedId ?? ""}
      onChange={(_, d) => {
        const agenda = agendas.find((a) => a.id === d.value);
        if (agenda) onSelect(agenda);
      }}
      data-testid="config-nearby"
    >
      {agendas.map((a) => {
        const when = formatMeetingTime(a, lang);
        const title = a.subject ? `${a.objectiveTitle} — ${a.subject}` : a.objectiveTitle;
        return <Radio key={a.id} value={a.id} label={when ? `${when} · ${title}` : title} />;
      })}
    </RadioGroup>
  );
}
