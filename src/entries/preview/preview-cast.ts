// Who plays whom on /preview, as demo people, each with their own signed-in API client.
import { DEMO_PEOPLE, PREVIEW_CAST, type DemoPerson } from "../../core/demo/demo-people";
import { apiForPerson, type PersonClient } from "../shared/api-for-person";

export interface CastMember {
  person: DemoPerson;
  client: PersonClient;
}

export interface PreviewCast {
  organizer: CastMember;
  attendees: CastMember[];
  pmo: CastMember;
}

function demoPerson(email: string): DemoPerson {
  const person = DEMO_PEOPLE.find((p) => p.email === email);
  if (!person) throw new Error(`${email} is not a demo person`);
  return person;
}

export function createPreviewCast(baseUrl: string): PreviewCast {
  const member = (email: string): CastMember => {
    const person = demoPerson(email);
    return { person, client: apiForPerson(baseUrl, person) };
  };
  return {
    organizer: member(PREVIEW_CAST.organizer),
    attendees: PREVIEW_CAST.attendees.map(member),
    pmo: member(PREVIEW_CAST.pmo),
  };
}
