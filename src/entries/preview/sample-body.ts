// The body Outlook on the web gives a new Teams meeting (legacy meetup-join link), copied from
// /work/shared/fixtures/outlook-bodies/owa-teams-legacy-link.html: /preview starts the simulated
// compose window from it, so the agenda is merged into a realistic body with a Teams block.
import type { Lang } from "../../core/api/primitives";

export const SAMPLE_BODY = `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none">
<!--
p
	{margin-top:0;
	margin-bottom:0}
-->
</style>
</head>
<body dir="ltr">
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Let's align on the next steps for the enterprise CRM push.</div>
<div style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<br>
<div style="width:100%"><span style="white-space:nowrap; color:#5F5F5F; opacity:.36">________________________________________________________________________________</span>
</div>
<div lang="en-US" style="color:#242424; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
<div style="margin-top:24px; margin-bottom:20px"><span style="font-size:24px; color:#252424">Microsoft Teams meeting</span>
</div>
<div style="margin-bottom:20px">
<div style="margin-top:0px; margin-bottom:0px; font-weight:bold"><span style="font-size:14px; color:#252424">Join on your computer, mobile app or room device</span>
</div>
<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NDk5YjE2ZjAtYTI4Ny00ZWM0LWI3MjctZjc5NzQ2NGNlOGM0%40thread.v2/0?context=%7b%22Tid%22%3a%2272f9a1c3-0b4e-4d6f-9a21-3c5d7e9f1b2a%22%2c%22Oid%22%3a%22d2c0bcb4-5d3b-4c8d-9f0b-1d1b8c6f2a11%22%7d" style="font-size:14px; font-family:'Segoe UI Semibold','Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif; text-decoration:underline; color:#5b5fc7" target="_blank" rel="noreferrer noopener">Click here to join the meeting</a>
</div>
<div style="margin-bottom:20px; margin-top:20px">
<div style="margin-bottom:4px"><span style="font-size:14px; color:#252424">Meeting ID:
<span style="font-size:16px; color:#252424">263 612 848 559</span> </span><br>
<span style="font-size:14px; color:#252424">Passcode: </span><span style="font-size:16px; color:#252424">Vi6Gv3
</span>
<div style="font-size:14px"><a href="https://www.microsoft.com/en-us/microsoft-teams/download-app" style="font-size:14px; text-decoration:underline; color:#5b5fc7" target="_blank" rel="noreferrer noopener">Download Teams</a> | <a href="https://www.microsoft.com/microsoft-teams/join-a-meeting" style="font-size:14px; text-decoration:underline; color:#5b5fc7" target="_blank" rel="noreferrer noopener">Join on the web</a></div>
</div>
</div>
<div style="margin-bottom:24px; overflow:hidden; white-space:nowrap"><a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US" style="font-size:14px; text-decoration:underline; color:#5b5fc7" target="_blank" rel="noreferrer noopener">Need help?</a> | <a href="https://teams.microsoft.com/meetingOptions/?organizerId=d2c0bcb4-5d3b-4c8d-9f0b-1d1b8c6f2a11&amp;tenantId=72f9a1c3-0b4e-4d6f-9a21-3c5d7e9f1b2a&amp;threadId=19_meeting_NDk5YjE2ZjAtYTI4Ny00ZWM0LWI3MjctZjc5NzQ2NGNlOGM0@thread.v2&amp;messageId=0&amp;language=en-US" style="font-size:14px; text-decoration:underline; color:#5b5fc7" target="_blank" rel="noreferrer noopener">Meeting options</a>
</div>
</div>
<div style="width:100%"><span style="white-space:nowrap; color:#5F5F5F; opacity:.36">________________________________________________________________________________</span>
</div>
</body>
</html>
`;

// The same meeting as a plain-text body (test/fixtures/outlook-bodies/plain-text-teams.txt), for the
// compose window's "plain text" switch: the add-in must then write a plain-text agenda.
export const SAMPLE_TEXT_BODY = "Let's align on the next steps for the enterprise CRM push.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ2ZTk3YjAtNWE0Yy00ZDdmLTg4ZWYtMTIzNDU2Nzg5MGFi%40thread.v2/0?context=%7b%22Tid%22%3a%2272f9a1c3-0b4e-4d6f-9a21-3c5d7e9f1b2a%22%2c%22Oid%22%3a%22d2c0bcb4-5d3b-4c8d-9f0b-1d1b8c6f2a11%22%7d>\nMeeting ID: 318 524 907 611\nPasscode: Qw3Ez9\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=d2c0bcb4-5d3b-4c8d-9f0b-1d1b8c6f2a11&tenantId=72f9a1c3-0b4e-4d6f-9a21-3c5d7e9f1b2a&threadId=19_meeting_OGQ2ZTk3YjAtNWE0Yy00ZDdmLTg4ZWYtMTIzNDU2Nzg5MGFi@thread.v2&messageId=0&language=en-US>\n________________________________________________________________________________\n";

const SAMPLE_MEETING_IDS = ["NDk5YjE2ZjAtYTI4Ny00ZWM0LWI3MjctZjc5NzQ2NGNlOGM0", "OGQ2ZTk3YjAtNWE0Yy00ZDdmLTg4ZWYtMTIzNDU2Nzg5MGFi"];

/**
 * The sample body with a meeting id of its own. Every Outlook meeting has its own Teams thread, and
 * the server binds one agenda per thread: reusing the sample's id would clash with an earlier session's agenda.
 */
export function withFreshMeetingId(body: string, uuid: string = globalThis.crypto.randomUUID()): string {
  const fresh = btoa(uuid).replace(/=+$/, "");
  return SAMPLE_MEETING_IDS.reduce((text, id) => text.split(id).join(fresh), body);
}

// What Outlook writes for an organizer whose Outlook is in Japanese (the Teams block's words as in
// ../shared/fixtures/outlook-bodies/classic-windows-ja.html), with the organizer's own opening line:
// the same body structure and links, so the preview's Japanese meeting looks like a Japanese user's.
const JA_WORDS: readonly (readonly [string, string])[] = [
  ["Let's align on the next steps for the enterprise CRM push.", "大手企業向け CRM 推進の次の進め方をすり合わせましょう。"],
  ["Microsoft Teams meeting", "Microsoft Teams 会議"],
  ["Join on your computer, mobile app or room device", "コンピューター、モバイル アプリケーション、またはルーム デバイスで参加する"],
  ["Click here to join the meeting", "ここをクリックして会議に参加してください"],
  ["Meeting ID:", "会議 ID:"],
  ["Passcode:", "パスコード:"],
  ["Download Teams", "Teams のダウンロード"],
  ["Join on the web", "Web に参加"],
  ["Need help?", "ヘルプ"],
  ["Learn More", "ヘルプ"],
  ["Meeting options", "会議のオプション"],
  ['lang="en-US"', 'lang="ja-JP"'],
  ["omkt=en-US", "omkt=ja-JP"],
  ["language=en-US", "language=ja-JP"],
];

/** The preview meeting's body in the preview's language, as HTML or plain text. */
export function sampleBody(format: "html" | "text", lang: Lang): string {
  const body = format === "html" ? SAMPLE_BODY : SAMPLE_TEXT_BODY;
  return lang === "en" ? body : JA_WORDS.reduce((text, [en, ja]) => text.split(en).join(ja), body);
}
