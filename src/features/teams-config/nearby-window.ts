// "Meetings around this time": the window the config page offers agendas from when the meeting's
// chat matches none. Tabs are added shortly before a meeting, during it, or right after scheduling.
export const NEARBY_HOURS_BEFORE = 12;
export const NEARBY_HOURS_AFTER = 48;

const HOUR = 60 * 60 * 1000;

export function nearbyWindow(now: Date): { from: string; to: string } {
  return {
    from: new Date(now.getTime() - NEARBY_HOURS_BEFORE * HOUR).toISOString(),
    to: new Date(now.getTime() + NEARBY_HOURS_AFTER * HOUR).toISOString(),
  };
}
