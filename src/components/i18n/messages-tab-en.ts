// English strings of the attendees' tab and the page titles, spread into messages-en.ts: the same keys
// as messages-tab-ja.ts. The term is "contribution" everywhere.
import type { messagesTabJa } from "./messages-tab-ja";

export const messagesTabEn: Record<keyof typeof messagesTabJa, string> = {
  "common.showMore": "Show more",
  "common.showLess": "Show less",
  "common.labelled": "{label}: ",
  "common.reload": "Reload",

  "tab.contribution.addTo": "+ Add",
  "tab.contribution.addToLabel": "Add a contribution for {department}",
  "tab.contribution.submit": "Add",
  "tab.contribution.actions": "Actions for {name}'s contribution",
  "tab.contribution.count": "{count}",
  "tab.contribution.deleteAsk": "Delete this entry? It can't be undone.",
  "tab.contribution.deleteConfirm": "Delete",
  "tab.contribution.edited": "(edited)",
  "tab.contribution.proposedConfirmed": "Proposed by {proposer}, confirmed by {confirmer}",
  // An attendee writing under another department's card: whose department said it.
  "tab.contribution.authorOf": "{name} ({department})",
  "tab.obstacle.open": "+ Add obstacle",
  "tab.commitment.open": "+ Add commitment",
  "tab.commitments.thisMeeting": "Commitments of this meeting",
  "tab.carried.heading": "Carried forward: {count}",
  "tab.carried.headingOverdue": "Carried forward: {count} {overdue}",
  "tab.carried.headingCount": "{count}",
  "tab.carried.headingOverduePart": "({overdue} overdue)",
  "tab.live.offline": "Offline",
  "tab.offline.offlineEmpty": "You are offline. The agenda updates when the connection is back; anything you add or change here is kept on this device and sent when you reconnect.",

  "tab.refused.title": "Only the meeting's attendees can open this agenda",
  "tab.refused.organizer": "{organizer} organizes this meeting. Ask {organizer} to add you to the meeting's attendees.",
  "tab.refused.noOrganizer": "Ask the meeting's organizer to add you to the meeting's attendees.",
  "tab.refused.then": "Once you are added, reload this page.",
  "tab.notFound.title": "Agenda not found",

  "page.meeting": "Meeting agenda",
  "page.stage": "Meeting stage",
  "page.mine": "My commitments",
  "page.config": "Tab settings",
  "page.pmo": "Commitments",
  "page.preview": "Local preview",
  "page.taskpane": "Agenda",

  "tab.offline.banner.sending": "Saved on this device and being sent in order.",
  "tab.offline.banner.offline": "You are offline.",
  "tab.offline.banner.decide": "Waiting for your decision ({count}): someone else changed it first; nothing is sent until you choose what to keep.",
  "tab.offline.banner.failed": "Not saved ({count}): try again or discard.",
};
