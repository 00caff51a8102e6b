// Entra mode's Notifier: mail through Microsoft Graph (POST /users/{sender}/sendMail, app-only token).
// Mail rather than the Teams activity feed: a digest lists several commitments, which a mail shows in
// full while an activity-feed notification carries one short line and needs the Teams app installed
// for every recipient (and TeamsActivity.Send). Needs the Mail.Send application permission — restrict
// it to the sender mailbox with an Exchange application access policy (README).
import type { AppTokenProvider } from "../graph/app-token-provider";
import type { GraphWriter } from "../graph/graph-writer";
import type { NotificationMessage, Notifier } from "./notifier";

export interface GraphMailNotifierOptions {
  /** The mailbox the reminders are sent from (NOTIFY_MAIL_FROM). */
  from: string;
  graph: GraphWriter;
  tokens: AppTokenProvider;
}

export function createGraphMailNotifier({ from, graph, tokens }: GraphMailNotifierOptions): Notifier {
  return {
    channel: "graph-mail",
    transactional: false,
    async send(message: NotificationMessage) {
      const token = await tokens.tokenFor(message.tenantId);
      await graph({
        method: "POST",
        path: `users/${encodeURIComponent(from)}/sendMail`,
        token,
        body: {
          message: {
            subject: message.subject,
            body: { contentType: "HTML", content: message.bodyHtml },
            toRecipients: [{ emailAddress: { address: message.recipient } }],
          },
          // Reminders are not worth a copy in the sender's Sent Items.
          saveToSentItems: false,
        },
      });
    },
  };
}
