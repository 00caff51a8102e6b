// Fallback (a): agendas of meetings I attend around now, each with its date, time and objective.
import { Radio, RadioGroup, Spinner, Text } from "@fluentui/react-components";
import type { Agenda, Lang } from "../../core/api/contract";
import { useLang, useT } from "../../components/i18n/use-t";
import { ErrorBar } from "../../components/status/error-bar";

export interface NearbyListProps {
  agendas: Agenda[];
  loading: boolean;
  error: unknown;
  selectedId: string | null;
  onSelect(agenda: Agenda): void;
}

export function formatMeetingTime(agenda: Agenda, lang: Lang): string {
  if (!agenda.startsAt) return "";
  const locale = lang === "ja" ? "ja-JP" : "en-US";
  const start = new Date(agenda.startsAt);
  const day = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", weekday: "short" }).format(start);
  const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" });
  const end = agenda.endsAt ? `–${time.format(new Date(agenda.endsAt))}` : "";
  return `${day} ${time.format(start)}${end}`;
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
