// Event-based activation over Office.js: registers the handlers with Office.actions.associate and
// completes every event exactly once, in `finally`, whatever the handler did. An event that is
// never completed leaves Outlook waiting (and a send blocked), so a failure always completes with
// allowEvent: true. No DOM here: this runs in Outlook's JavaScript-only runtime.
import { officeAsync } from "./promisify";

/** What a handler asks Outlook to do when it completes the event. */
export interface EventOutcome {
  allowEvent: boolean;
  errorMessage?: string;
  cancelLabel?: string;
  commandId?: string;
  sendModeOverride?: "promptUser";
}

export type EventHandler = () => Promise<EventOutcome | void>;

interface CompletableEvent {
  completed(options?: Record<string, unknown>): void;
}

/** The slice of Office.js this file uses (tests pass a fake of exactly this). */
export interface OfficeEventsLike {
  actions: { associate(actionId: string, handler: (event: CompletableEvent) => unknown): void };
  MailboxEnums?: { SendModeOverride?: { PromptUser?: unknown }; ItemNotificationMessageType?: { InsightMessage?: unknown }; ActionType?: { ShowTaskPane?: unknown } };
  context: { mailbox?: { item?: unknown } | null };
}

export type EventErrorLog = (actionId: string, error: unknown) => void;

const defaultLog: EventErrorLog = (actionId, error) => {
  // console is the only log the JavaScript-only runtime has (visible with runtime logging on).
  console.error(`Common Purpose: ${actionId} failed`, error);
};

function officeOptions(office: OfficeEventsLike, outcome: EventOutcome): Record<string, unknown> {
  const options: Record<string, unknown> = { allowEvent: outcome.allowEvent };
  if (outcome.allowEvent) return options;
  if (outcome.errorMessage) options.errorMessage = outcome.errorMessage;
  if (outcome.cancelLabel) options.cancelLabel = outcome.cancelLabel;
  if (outcome.commandId) options.commandId = outcome.commandId;
  if (outcome.sendModeOverride) {
    options.sendModeOverride = office.MailboxEnums?.SendModeOverride?.PromptUser ?? "promptUser";
  }
  return options;
}

/** Runs one handler and completes its event once: its outcome, or allowEvent: true on any failure. */
export async function runEventHandler(
  office: OfficeEventsLike,
  actionId: string,
  event: CompletableEvent,
  handler: EventHandler,
  log: EventErrorLog = defaultLog,
): Promise<void> {
  let outcome: EventOutcome = { allowEvent: true };
  try {
    outcome = (await handler()) ?? { allowEvent: true };
  } catch (error) {
    log(actionId, error);
    outcome = { allowEvent: true };
  } finally {
    try {
      event.completed(officeOptions(office, outcome));
    } catch (error) {
      log(actionId, error);
    }
  }
}

/** Office.actions.associate for each action id (the manifest's autoRunEvents actionIds). */
export function associateEventHandlers(
  office: OfficeEventsLike,
  handlers: Readonly<Record<string, EventHandler>>,
  log: EventErrorLog = defaultLog,
): void {
  for (const [actionId, handler] of Object.entries(handlers)) {
    office.actions.associate(actionId, (event) => runEventHandler(office, actionId, event, handler, log));
  }
}

// ── Notifications on the item ─────────────────────────────────────────────────────────────────
export interface InsightNotice {
  message: string;
  actionText: string;
  commandId: string;
}

export interface ItemNotifications {
  /** Shows (or replaces) our one InsightMessage with a button that opens the task pane. */
  showInsight(notice: InsightNotice): Promise<void>;
  /** Removes it (the meeting no longer needs the nudge); no-op when none is shown. */
  clearInsight(): Promise<void>;
}

const INSIGHT_KEY = "commonPurposeInsight";
/**
 * The notification's icon: an image id of the add-in-only (XML) manifest's resources (16 px). With
 * the unified manifest Outlook takes the first ribbon control's icon instead and ignores this id.
 */
export const INSIGHT_ICON_ID = "Icon.16";

interface NotificationMessagesLike {
  replaceAsync(key: string, details: Record<string, unknown>, callback: (result: Office.AsyncResult<void>) => void): void;
  removeAsync(key: string, callback: (result: Office.AsyncResult<void>) => void): void;
}

export function createItemNotifications(office: OfficeEventsLike): ItemNotifications {
  const messages = (): NotificationMessagesLike => {
    const item = office.context.mailbox?.item as { notificationMessages?: NotificationMessagesLike } | null | undefined;
    if (!item?.notificationMessages) throw new Error("No Outlook item is open");
    return item.notificationMessages;
  };
  return {
    async showInsight(notice) {
      const target = messages();
      const details = {
        type: office.MailboxEnums?.ItemNotificationMessageType?.InsightMessage ?? "insightMessage",
        message: notice.message,
        icon: INSIGHT_ICON_ID,
        actions: [
          {
            actionType: office.MailboxEnums?.ActionType?.ShowTaskPane ?? "showTaskPane",
            actionText: notice.actionText,
            commandId: notice.commandId,
            contextData: "{}",
          },
        ],
      };
      await officeAsync<void>((cb) => target.replaceAsync(INSIGHT_KEY, details, cb));
    },
    async clearInsight() {
      const target = messages();
      await officeAsync<void>((cb) => target.removeAsync(INSIGHT_KEY, cb)).catch(() => undefined);
    },
  };
}
