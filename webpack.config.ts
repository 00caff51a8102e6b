// The client build: one webpack entry per folder of src/entries, one HTML page each, into dist/.
// Loaded through tsx (`node --import tsx node_modules/webpack-cli/bin/cli.js --mode production`).
// esbuild compiles and minifies (fast on a 2-core CI box); type checking is `tsc`'s job, not this one.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EsbuildPlugin } from "esbuild-loader";
import HtmlWebpackPlugin from "html-webpack-plugin";
import type { Chunk, Configuration } from "webpack";

const root = path.dirname(fileURLToPath(import.meta.url));
const TARGET = "es2020";

interface Page {
  /** The entry's folder under src/entries, also the chunk name. */
  entry: string;
  template: string;
  /** Where the page lands in dist/ (the server's routes and the manifest point here). */
  filename: string;
}

const PAGES: readonly Page[] = [
  { entry: "outlook-taskpane", template: "taskpane.html", filename: "outlook/taskpane.html" },
  { entry: "teams-meeting-tab", template: "tab.html", filename: "teams/tab.html" },
  { entry: "teams-config", template: "config.html", filename: "teams/config.html" },
  { entry: "pmo", template: "pmo.html", filename: "pmo.html" },
  { entry: "preview", template: "preview.html", filename: "preview.html" },
  // Sign-in helpers: the Office dialog for Outlook without NAA, and the MSAL popup's redirect page.
  { entry: "outlook-auth-dialog", template: "auth-dialog.html", filename: "outlook/auth-dialog.html" },
  { entry: "auth-redirect", template: "redirect.html", filename: "auth/redirect.html" },
];

// Outlook's event-based activation: one classic script (an IIFE without import/export, no shared
// chunks, webpack's runtime inlined) at a stable, unhashed path, because the manifest names it and
// classic Outlook on Windows runs it alone in a JavaScript-only runtime. es2017 for that runtime.
const EVENTS = { entry: "outlook-events", script: "outlook/events.js", page: "outlook/events.html", target: "es2017" } as const;
const isEventsScript = /(^|[\\/])outlook[\\/]events\.js$/;

const FLUENT = "@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|@ctrl|use-sync-external-store|stylis|rtl-css-js|embla-carousel[^\\\\/]*";
/** Fluent modules used by at least this many page entries form the shared "fluent" chunk. */
const FLUENT_CORE_PAGES = 3;
/** splitChunks groups: the pages' entry chunks, never async chunks nor the events script. */
const pageInitial = (chunk: Chunk) => chunk.name !== EVENTS.entry && chunk.canBeInitial();

const nodeModules = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

export default function config(_env: unknown, argv: { mode?: Configuration["mode"] }): Configuration {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    context: root,
    entry: {
      ...Object.fromEntries(PAGES.map((p) => [p.entry, `./src/entries/${p.entry}/index.tsx`])),
      [EVENTS.entry]: `./src/entries/${EVENTS.entry}/index.ts`,
    },
    output: {
      path: path.join(root, "dist"),
      publicPath: "/",
      filename: (data) =>
        data.chunk?.name === EVENTS.entry ? EVENTS.script : production ? "js/[name].[contenthash].js" : "js/[name].js",
      iife: true,
      chunkFilename: production ? "js/[name].[contenthash].js" : "js/[name].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".mjs", ".js"] },
    module: {
      rules: [
        // webpack 5.113's side-effect-free re-export skipping resolves zod's nested namespace access
        // `z.iso.date()` to the top-level `z.date()` (and `z.coerce.number()` to `z.number()`), so
        // the contract's IsoDate rejected "2026-12-01" in the browser. Keeping zod's namespace module
        // in place fixes the resolution and costs nothing: usedExports still trims zod.
        { test: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]classic[\\/]external\.js$/, sideEffects: true },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: TARGET, jsx: "automatic" },
        },
      ],
    },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            template: path.join(root, "src/entries", p.entry, p.template),
            filename: p.filename,
            chunks: [p.entry],
            scriptLoading: "defer",
            minify: production ? { collapseWhitespace: true, removeComments: true } : false,
          }),
      ),
      // Office.js first, then events.js, as plain blocking scripts (the handlers associate on load).
      new HtmlWebpackPlugin({
        template: path.join(root, "src/entries", EVENTS.entry, "events.html"),
        filename: EVENTS.page,
        chunks: [EVENTS.entry],
        scriptLoading: "blocking",
        inject: "body",
        minify: production ? { collapseWhitespace: true, removeComments: true } : false,
      }),
    ],
    optimization: {
      minimizer: [
        new EsbuildPlugin({ target: TARGET, legalComments: "none", exclude: isEventsScript }),
        new EsbuildPlugin({ target: EVENTS.target, legalComments: "none", include: isEventsScript }),
      ],
      // Only what a page needs for its first screen is in its <script> tags (each initial chunk ≤ 150 KB
      // gzipped, test/bench/bundle.bench.ts). React and the Fluent core every page uses are stable,
      // long-cached chunks; Fluent parts only some pages use are split by the pages sharing them. Every
      // group takes initial chunks only: what a page imports lazily (teams-js, MSAL for Entra sign-in,
      // views behind a URL switch) stays in its own async chunks instead of being pulled into a
      // page's <script> tags through a named group.
      splitChunks: {
        chunks: (chunk) => chunk.name !== EVENTS.entry,
        cacheGroups: {
          react: { test: nodeModules("react|react-dom|scheduler"), name: "react", chunks: pageInitial, priority: 40, enforce: true },
          fluent: { test: nodeModules(FLUENT), name: "fluent", chunks: pageInitial, minChunks: FLUENT_CORE_PAGES, priority: 30, enforce: true },
          // The few icons we use are tiny once tree-shaken, but their source files are large enough
          // to make a request of their own per page combination: keep them all in "fluent".
          icons: { test: nodeModules("@fluentui/react-icons"), name: "fluent", chunks: pageInitial, priority: 35, enforce: true },
          fluentParts: { test: nodeModules(FLUENT), chunks: pageInitial, priority: 25, minSize: 10_000 },
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: pageInitial, minChunks: 2, priority: 10, enforce: true },
        },
      },
    },
    performance: {
      // Fluent UI is the bulk of every page; the budget is for the gzipped-size report, not a gate.
      hints: production ? "warning" : false,
      maxEntrypointSize: 1_600_000,
      maxAssetSize: 1_200_000,
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    stats: production ? "normal" : "minimal",
  };
}
