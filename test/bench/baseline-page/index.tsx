// The framework floor the bundle and TTI benches compare every page with: React 19, a FluentProvider
// with the light theme and one Button — what any page of ours costs before its own code.
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const container = document.getElementById("root");
if (!container) throw new Error("The page has no #root element");
createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Button appearance="primary">OK</Button>
  </FluentProvider>,
);
