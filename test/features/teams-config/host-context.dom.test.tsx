// Theme changes re-render live with Fluent's Teams themes; app caching re-binds to the new context.
import { act, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import { AppShell } from "../../../src/components/app-shell";
import { useHostContext } from "../../../src/features/teams-config/hooks/use-host-context";
import { createFakeTeamsMeeting, type FakeTeamsMeeting } from "../../../src/platform/fakes/fake-teams-meeting";
import type { TeamsContext } from "../../../src/platform/ports";

let mounts = 0;
function Bound({ context }: { context: TeamsContext | null }) {
  // Counts fresh mounts: a re-bind must start afresh, not keep the old meeting's state.
  const [id] = useState(() => ++mounts);
  return <p data-testid="bound" data-mount={id}>{`${context?.chatId} ${context?.entityId}`}</p>;
}

function Page({ teams, initial }: { teams: FakeTeamsMeeting; initial: TeamsContext }) {
  const { context, theme, bindingKey } = useHostContext(teams, initial);
  return (
    <AppShell lang="en" theme={theme}>
      <Bound key={bindingKey} context={context} />
    </AppShell>
  );
}

/** The CSS the provider injected for its theme (FluentProvider writes its tokens as rules). */
const themeCss = () =>
  Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText))
    .join("\n") + document.head.innerHTML;

describe("useHostContext", () => {
  it("switches light → dark → high contrast live, with Fluent's Teams themes", async () => {
    const teams = createFakeTeamsMeeting({ theme: "default" });
    render(<Page teams={teams} initial={await teams.initialize()} />);
    const css = () => themeCss().toLowerCase();
    expect(css()).toContain(`--colorneutralbackground1: ${teamsLightTheme.colorNeutralBackground1}`.toLowerCase());
    act(() => teams.setTheme("dark"));
    expect(css()).toContain(`--colorneutralbackground1: ${teamsDarkTheme.colorNeutralBackground1}`.toLowerCase());
    act(() => teams.setTheme("contrast"));
    expect(css()).toContain(`--colorneutralbackground1: ${teamsHighContrastTheme.colorNeutralBackground1}`.toLowerCase());
  });

  it("re-binds to the context app caching hands over, mounting the bound page afresh", async () => {
    const teams = createFakeTeamsMeeting({ chatId: "19:meeting_A@thread.v2", entityId: "agd_a" });
    render(<Page teams={teams} initial={await teams.initialize()} />);
    expect(screen.getByTestId("bound")).toHaveTextContent("19:meeting_A@thread.v2 agd_a");
    const before = screen.getByTestId("bound").dataset.mount;
    await act(async () => void (await teams.cacheAndReload({ chatId: "19:meeting_B@thread.v2", entityId: "agd_b", theme: "dark" })));
    expect(screen.getByTestId("bound")).toHaveTextContent("19:meeting_B@thread.v2 agd_b");
    expect(screen.getByTestId("bound").dataset.mount).not.toBe(before);
  });
});
