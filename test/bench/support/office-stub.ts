// A stand-in for Office.js that says "Outlook on the web, an appointment in compose mode", so a task
// pane page renders its real form in a plain browser. The bench serves it at Microsoft's CDN address
// to every task pane it times — ours and the baseline alike — so neither pays for the real Office.js
// (there is no network here) and both see the same host. Callbacks answer on the next macrotask, as
// the host's round trips do at their fastest. Returned as source text: it runs in the page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./bench-server";

export interface StubAttendee {
  email: string;
  name: string;
}

export interface OfficeStubOptions {
  organizer: StubAttendee;
  required: StubAttendee[];
  optional?: StubAttendee[];
  subject: string;
  /** The appointment's HTML body (a new Teams meeting as Outlook on the web makes it). */
  body: string;
  /** Office's display language, e.g. "en-US". */
  displayLanguage: string;
  start: Date;
  end: Date;
}

/** The body Outlook on the web gives a new Teams meeting (the shared fixture). */
export function teamsMeetingBody(): string {
  return readFileSync(path.join(ROOT, "test/fixtures/outlook-bodies/owa-teams-legacy-link.html"), "utf8");
}

export function officeStubScript(options: OfficeStubOptions): string {
  const init = JSON.stringify({
    organizer: options.organizer,
    required: options.required,
    optional: options.optional ?? [],
    subject: options.subject,
    body: options.body,
    displayLanguage: options.displayLanguage,
    start: options.start.toISOString(),
    end: options.end.toISOString(),
  });
  return `(function () {
  "use strict";
  var init = ${init};
  var state = { subject: init.subject, body: init.body, bodyType: "html", start: new Date(init.start), end: new Date(init.end), props: {} };
  function lastFunction(args) {
    for (var i = args.length - 1; i >= 0; i--) if (typeof args[i] === "function") return args[i];
    return null;
  }
  function answer(args, value) {
    var cb = lastFunction(args);
    var result = { status: "succeeded", value: value, error: null, asyncContext: undefined };
    if (cb) setTimeout(function () { cb(result); }, 0);
  }
  function fail(args, name, message) {
    var cb = lastFunction(args);
    var result = { status: "failed", value: undefined, error: { name: name, message: message, code: 9000 }, asyncContext: undefined };
    if (cb) setTimeout(function () { cb(result); }, 0);
  }
  function details(p) { return { emailAddress: p.email, displayName: p.name, recipientType: "user" }; }
  function recipients(list) {
    return {
      getAsync: function () { answer(arguments, list.map(details)); },
      setAsync: function (next) { list.splice(0, list.length); (next || []).forEach(function (r) { list.push(typeof r === "string" ? { email: r, name: r } : { email: r.emailAddress, name: r.displayName || "" }); }); answer(arguments); },
      addAsync: function (more) { (more || []).forEach(function (r) { list.push(typeof r === "string" ? { email: r, name: r } : { email: r.emailAddress, name: r.displayName || "" }); }); answer(arguments); },
      addHandlerAsync: function () { answer(arguments); }
    };
  }
  function field(key) {
    return {
      getAsync: function () { answer(arguments, state[key]); },
      setAsync: function (value) { state[key] = value; answer(arguments); }
    };
  }
  function asText(html) { return String(html).replace(/<[^>]*>/g, "").replace(/&amp;/g, "&"); }
  var item = {
    itemType: "appointment",
    subject: field("subject"),
    start: field("start"),
    end: field("end"),
    location: { getAsync: function () { answer(arguments, ""); }, setAsync: function () { answer(arguments); } },
    organizer: { getAsync: function () { answer(arguments, details(init.organizer)); } },
    requiredAttendees: recipients(init.required.slice()),
    optionalAttendees: recipients(init.optional.slice()),
    body: {
      getTypeAsync: function () { answer(arguments, state.bodyType); },
      getAsync: function (coercion) { answer(arguments, String(coercion).toLowerCase() === "text" ? asText(state.body) : state.body); },
      setAsync: function (data) { state.body = String(data); answer(arguments); },
      prependAsync: function (data) { state.body = String(data) + state.body; answer(arguments); },
      setSelectedDataAsync: function (data) { state.body = state.body + String(data); answer(arguments); },
      appendOnSendAsync: function () { answer(arguments); }
    },
    loadCustomPropertiesAsync: function () {
      var props = {
        get: function (key) { return state.props[key]; },
        set: function (key, value) { state.props[key] = value; },
        remove: function (key) { delete state.props[key]; },
        getAll: function () { return Object.assign({}, state.props); },
        saveAsync: function () { answer(arguments); }
      };
      answer(arguments, props);
    },
    getItemIdAsync: function () { fail(arguments, "ItemNotSaved", "The item has not been saved yet."); },
    addHandlerAsync: function () { answer(arguments); },
    removeHandlerAsync: function () { answer(arguments); },
    notificationMessages: {
      addAsync: function () { answer(arguments); },
      replaceAsync: function () { answer(arguments); },
      removeAsync: function () { answer(arguments); },
      getAllAsync: function () { answer(arguments, []); }
    },
    sessionData: {
      getAsync: function () { fail(arguments, "KeyNotFound", "No such key."); },
      setAsync: function () { answer(arguments); },
      removeAsync: function () { answer(arguments); },
      getAllAsync: function () { answer(arguments, "{}"); },
      clearAsync: function () { answer(arguments); }
    }
  };
  var settings = {};
  var context = {
    host: "Outlook",
    platform: "OfficeOnline",
    diagnostics: { host: "Outlook", platform: "OfficeOnline", version: "16.0.0.0" },
    displayLanguage: init.displayLanguage,
    contentLanguage: init.displayLanguage,
    requirements: {
      isSetSupported: function (name, version) {
        if (String(name).toLowerCase() !== "mailbox") return false;
        return !version || parseFloat(version) <= 1.13;
      }
    },
    roamingSettings: {
      get: function (key) { return settings[key]; },
      set: function (key, value) { settings[key] = value; },
      remove: function (key) { delete settings[key]; },
      saveAsync: function () { answer(arguments); }
    },
    ui: {
      displayDialogAsync: function () { fail(arguments, "NotSupported", "Dialogs are not available in the bench host."); },
      messageParent: function () {}
    },
    mailbox: {
      item: item,
      userProfile: { emailAddress: init.organizer.email, displayName: init.organizer.name, timeZone: "UTC", accountType: "enterprise" },
      diagnostics: { hostName: "OutlookWebApp", hostVersion: "16.0.0.0", OWAView: "ThreeColumns" },
      addHandlerAsync: function () { answer(arguments); },
      removeHandlerAsync: function () { answer(arguments); }
    }
  };
  var info = { host: "Outlook", platform: "OfficeOnline" };
  window.Office = {
    context: context,
    HostType: { Outlook: "Outlook", Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", OneNote: "OneNote", Project: "Project" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    CoercionType: { Html: "html", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { ItemChanged: "olkItemSelectedChanged", RecipientsChanged: "olkRecipientsChanged", AppointmentTimeChanged: "olkAppointmentTimeChanged" },
    MailboxEnums: { ItemType: { Message: "message", Appointment: "appointment" } },
    actions: { associate: function () {} },
    onReady: function (callback) {
      var ready = Promise.resolve(info);
      if (typeof callback === "function") ready.then(callback);
      return ready;
    }
  };
})();`;
}
