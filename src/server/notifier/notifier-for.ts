// Picks the Notifier from the configuration: the outbox in local mode, Graph mail in Entra mode when a
// sender mailbox (NOTIFY_MAIL_FROM) and a client secret are set; null = reminders can't be delivered.
import type { Config } from "../config";
import { msalAppTokenProvider, type AppTokenProvider } from "../graph/app-token-provider";
import { createGraphWriter } from "../graph/graph-writer";
import { createGraphMailNotifier } from "./graph-mail-notifier";
import type { Notifier } from "./notifier";
import { createOutboxNotifier } from "./outbox-notifier";

export function notifierFor(config: Pick<Config, "authMode" | "entra" | "reminders">, tokens?: AppTokenProvider): Notifier | null {
  if (config.authMode === "local") return createOutboxNotifier();
  const entra = config.entra;
  const from = config.reminders.mailFrom;
  if (!entra || entra.clientSecret === null || from === null) return null;
  return createGraphMailNotifier({
    from,
    graph: createGraphWriter({ baseUrl: entra.graphBaseUrl }),
    tokens: tokens ?? msalAppTokenProvider(entra),
  });
}
