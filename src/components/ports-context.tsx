// Components and features reach their hosts only through these ports; the entry (composition root)
// decides whether they are real (Office.js, teams-js, HTTP) or fakes (tests, /preview).
import { createContext, useContext, type ReactNode } from "react";
import type { ApiClient, MeetingItem, TeamsMeeting } from "../platform/ports";

export interface Ports {
  api: ApiClient;
  meetingItem?: MeetingItem;
  teams?: TeamsMeeting;
}

const PortsContext = createContext<Ports | null>(null);

export function PortsProvider({ ports, children }: { ports: Ports; children: ReactNode }) {
  return <PortsContext.Provider value={ports}>{children}</PortsContext.Provider>;
}

export function usePorts(): Ports {
  const ports = useContext(PortsContext);
  if (!ports) throw new Error("usePorts() needs a <PortsProvider> above it (set up by the entry).");
  return ports;
}
