import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// findBy*/waitFor wait for a condition, never a fixed time; 1 s (the default) is too short on a
// loaded 2-core machine, where a jsdom render with Fluent can take longer than that.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
