// Row shapes of the agenda tables, as the repository reads and writes them.
import type { Insertable, Selectable, Updateable } from "kysely";
import type { AgendaAttendeesTable, AgendasTable } from "../db/database";

export type AgendaRow = Selectable<AgendasTable>;
export type NewAgendaRow = Insertable<AgendasTable>;
export type AgendaRowUpdate = Updateable<AgendasTable>;
export type AttendeeRow = Selectable<AgendaAttendeesTable>;
export type NewAttendeeRow = Insertable<AgendaAttendeesTable>;
