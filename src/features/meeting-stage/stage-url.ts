// The URL Teams loads on the meeting stage: the same tab page, told to show the read-only stage view.
export function stageUrl(origin: string, agendaId: string): string {
  const params = new URLSearchParams({ agendaId, view: "stage" });
  return `${origin.replace(/\/+$/, "")}/teams/tab.html?${params.toString()}`;
}
