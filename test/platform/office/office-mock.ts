// A small Office.js stand-in with the real callback shapes (AsyncResult {status, value, error},
// callbacks invoked asynchronously), for the appointment-compose APIs the adapter uses.
import type { OfficeLike } from "../../../src/platform/office/office-meeting-item";

type Cb<T> = (result: { status: string; value: T; error?: { name: string; message: string; code: number } }) => void;
export interface Failure {
  name: string;
  message: string;
  code: number;
}

function answer<T>(cb: Cb<T>, value: T, failure?: Failure): void {
  setTimeout(() =>
    cb(failure ? { status: "failed", value: undefined as T, error: failure } : { status: "succeeded", value }),
  );
}

export interface MockState {
  subject: string;
  body: string;
  bodyType: "html" | "text";
  required: Array<{ emailAddress: string; displayName: string }>;
  optional: Array<{ emailAddress: string; displayName: string }>;
  organizer: string | null;
  start: Date;
  end: Date;
  props: Record<string, unknown>;
  savedProps: Record<string, unknown>;
  displayLanguage: string;
  /** Method name → the failure it answers with next. */
  failures: Record<string, Failure>;
  setCalls: Array<{ data: string; coercionType: string }>;
  getCalls: string[];
  itemSaveCalls: number;
  loadPropsCalls: number;
  /** Notification messages on the item, by key (replaceAsync / removeAsync). */
  notifications: Record<string, Record<string, unknown>>;
}

export function createOfficeMock(init: Partial<MockState> = {}): { office: OfficeLike; state: MockState } {
  const state: MockState = {
    subject: "CRM 定例",
    body: "<html><body><p>hi</p></body></html>",
    bodyType: "html",
    required: [],
    optional: [],
    organizer: "hanako.sato@contoso.example",
    start: new Date("2030-04-01T01:00:00Z"),
    end: new Date("2030-04-01T02:00:00Z"),
    props: {},
    savedProps: {},
    displayLanguage: "ja-JP",
    failures: {},
    setCalls: [],
    getCalls: [],
    itemSaveCalls: 0,
    loadPropsCalls: 0,
    notifications: {},
    ...init,
  };
  const fail = (method: string) => {
    const f = state.failures[method];
    delete state.failures[method];
    return f;
  };
  const customProperties = {
    get: (key: string) => state.props[key],
    set: (key: string, value: unknown) => void (state.props[key] = value),
    remove: (key: string) => void delete state.props[key],
    getAll: () => ({ ...state.props }),
    saveAsync: (cb: Cb<void>) => {
      const f = fail("saveCustomProperties");
      if (!f) state.savedProps = { ...state.props };
      answer(cb, undefined, f);
    },
  };
  const recipients = (list: () => MockState["required"], name: string) => ({
    getAsync: (cb: Cb<unknown>) => answer(cb, list().map((a) => ({ ...a, recipientType: "user" })), fail(name)),
  });
  const item = {
    subject: { getAsync: (cb: Cb<string>) => answer(cb, state.subject, fail("subject")) },
    body: {
      getTypeAsync: (cb: Cb<string>) => answer(cb, state.bodyType, fail("getTypeAsync")),
      getAsync: (coercionType: string, cb: Cb<string>) => {
        state.getCalls.push(coercionType);
        answer(cb, state.body, fail("getAsync"));
      },
      setAsync: (data: string, options: { coercionType: string }, cb: Cb<void>) => {
        state.setCalls.push({ data, coercionType: options.coercionType });
        const f = fail("setAsync");
        if (!f) state.body = data;
        answer(cb, undefined, f);
      },
    },
    requiredAttendees: recipients(() => state.required, "requiredAttendees"),
    optionalAttendees: recipients(() => state.optional, "optionalAttendees"),
    organizer: {
      getAsync: (cb: Cb<unknown>) =>
        answer(cb, state.organizer ? { emailAddress: state.organizer, displayName: "Org" } : null, fail("organizer")),
    },
    start: { getAsync: (cb: Cb<Date>) => answer(cb, state.start, fail("start")) },
    end: { getAsync: (cb: Cb<Date>) => answer(cb, state.end, fail("end")) },
    loadCustomPropertiesAsync: (cb: Cb<unknown>) => {
      state.loadPropsCalls++;
      answer(cb, customProperties, fail("loadCustomPropertiesAsync"));
    },
    saveAsync: () => {
      state.itemSaveCalls++;
    },
    notificationMessages: {
      replaceAsync: (key: string, details: Record<string, unknown>, cb: Cb<void>) => {
        const f = fail("replaceAsync");
        if (!f) state.notifications[key] = details;
        answer(cb, undefined, f);
      },
      removeAsync: (key: string, cb: Cb<void>) => {
        const f = fail("removeAsync");
        if (!f) delete state.notifications[key];
        answer(cb, undefined, f);
      },
    },
  };
  const office = {
    CoercionType: { Html: "html", Text: "text" },
    context: {
      get displayLanguage() {
        return state.displayLanguage;
      },
      mailbox: { item, userProfile: { emailAddress: "me@contoso.example" } },
    },
  };
  return { office: office as unknown as OfficeLike, state };
}
