// Turns any failure into words the user can act on: what happened and what to do next. API errors
// are mapped by status/code; Outlook errors by Office's error name; anything else is shown as is.
import { BodyTooLargeError } from "../../core/agenda/merge-agenda";
import { ThreadBoundConflict } from "../../core/api/thread-binding-contract";
import { errorCodeForStatus } from "../../core/api/error-codes";
import { OfficeError } from "../../platform/office/promisify";
import { ApiError, SignInRequiredError } from "../../platform/ports";
import type { MessageKey } from "../i18n/messages-ja";
import type { TFunction } from "../i18n/use-t";

// Field paths from the server ("departments.0.name") mapped to the label the user saw.
const FIELD_LABELS: Record<string, MessageKey> = {
  objectiveTitle: "field.objectiveTitle",
  desiredOutcome: "field.desiredOutcome",
  departments: "field.departments",
  attendees: "field.attendees",
  obstacles: "field.obstacles",
  text: "field.text",
  department: "field.department",
  action: "field.action",
  dueDate: "field.dueDate",
  ownerEmail: "field.ownerEmail",
  servesObjective: "field.servesObjective",
  helpsDepartment: "field.helpsDepartment",
};

export function fieldLabel(field: string, t: TFunction): string {
  const head = field.split(".")[0] ?? field;
  const key = FIELD_LABELS[head];
  return key ? t(key) : field;
}

// The server's error code decides; the status is the fallback for codes this client doesn't know.
const BY_CODE: Record<string, MessageKey> = {
  network: "error.network",
  unauthorized: "error.unauthorized",
  forbidden: "error.forbidden",
  not_found: "error.notFound",
  conflict: "error.duplicate",
  precondition_failed: "error.conflict",
  precondition_required: "error.conflict",
  payload_too_large: "error.tooLarge",
  rate_limited: "error.rateLimited",
  internal: "error.server",
  unavailable: "error.unavailable",
  tenant_not_enabled: "error.tenantNotEnabled",
};

function describeApiError(error: ApiError, t: TFunction): string {
  if (error.isNetwork) return t("error.network");
  const code = BY_CODE[error.code] ? error.code : errorCodeForStatus(error.status);
  if (code === "conflict") {
    const bound = ThreadBoundConflict.safeParse(error.current);
    if (bound.success) {
      const organizer = bound.data.organizerEmail;
      return organizer ? t("error.threadBound", { organizer }) : t("error.threadBoundOther");
    }
  }
  if (code === "bad_request") {
    return error.field
      ? t("error.badRequestField", { field: fieldLabel(error.field, t), message: error.message })
      : t("error.badRequest", { message: error.message });
  }
  // The whole organization is shut out: where its administrator enables it (the server names the page).
  if (code === "tenant_not_enabled") return t("error.tenantNotEnabled", { url: /https?:\/\/\S+\/onboarding/.exec(error.message)?.[0] ?? "/onboarding" });
  return t(BY_CODE[code] ?? "error.server");
}

export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return describeApiError(error, t);
  if (error instanceof SignInRequiredError) return t("error.signIn");
  if (error instanceof BodyTooLargeError) return t("error.bodyTooLarge");
  if (error instanceof OfficeError) {
    if (error.name === "DataExceedsMaximumSize") return t("error.bodyTooLarge");
    if (error.name === "InvalidFormatError") return t("error.invalidFormat");
    return t("error.office", { name: error.name, message: error.message });
  }
  const message = error instanceof Error ? error.message : String(error);
  return t("error.unexpected", { message });
}
