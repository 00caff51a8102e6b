// Turns any failure into words the user can act on: what happened and what to do next. API errors
// are mapped by status/code; Outlook errors by Office's error name; anything else is shown as is.
import { BodyTooLargeError } from "../../core/agenda/merge-agenda";
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

function describeApiError(error: ApiError, t: TFunction): string {
  if (error.isNetwork) return t("error.network");
  switch (error.status) {
    case 400:
      return error.field
        ? t("error.badRequestField", { field: fieldLabel(error.field, t), message: error.message })
        : t("error.badRequest", { message: error.message });
    case 401:
      return t("error.unauthorized");
    case 403:
      return t("error.forbidden");
    case 404:
      return t("error.notFound");
    case 409:
      return t("error.duplicate");
    case 412:
    case 428:
      return t("error.conflict");
    case 413:
      return t("error.tooLarge");
    case 429:
      return t("error.rateLimited");
    default:
      return error.status >= 500 ? t("error.server") : t("error.badRequest", { message: error.message });
  }
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
