// The three event handlers, thin on purpose: read the item, ask the pure decision, write what it
// says. Completing the event (always, once, in finally) is associateEventHandlers' job.
import { decideNudge, decideSend } from "../../core/events/decide";
import type { EventHandler, EventOutcome, ItemNotifications } from "../../platform/office/office-events";
import { readSignals, type SignalSources } from "./read-signals";

/** The manifest's autoRunEvents actionIds (the manifest names the same ones). */
export const EVENT_ACTION_IDS = {
  opened: "onAppointmentOpened",
  attendeesChanged: "onAttendeesChanged",
  sending: "onAppointmentSending",
} as const;

export interface EventHandlerDeps extends SignalSources {
  notifications: ItemNotifications;
}

async function nudge(deps: EventHandlerDeps): Promise<void> {
  const decision = decideNudge(await readSignals(deps));
  if (decision.kind === "insight") await deps.notifications.showInsight(decision);
  else await deps.notifications.clearInsight();
}

async function sending(deps: EventHandlerDeps): Promise<EventOutcome> {
  const decision = decideSend(await readSignals(deps));
  if (decision.kind === "allow") return { allowEvent: true };
  const { errorMessage, cancelLabel, commandId, sendModeOverride } = decision;
  return { allowEvent: false, errorMessage, cancelLabel, commandId, sendModeOverride };
}

export function createEventHandlers(deps: EventHandlerDeps): Record<string, EventHandler> {
  return {
    [EVENT_ACTION_IDS.opened]: () => nudge(deps),
    [EVENT_ACTION_IDS.attendeesChanged]: () => nudge(deps),
    [EVENT_ACTION_IDS.sending]: () => sending(deps),
  };
}
