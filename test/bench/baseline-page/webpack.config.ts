// The baseline page built by the product's own webpack config (loaders, minifier, target, chunk
// split), with its one entry in place of the product's pages: a separate build, so adding it does not
// change how the product's pages are split.
import path from "node:path";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import type { Configuration } from "webpack";
import productConfig from "../../../webpack.config";

const here = path.dirname(fileURLToPath(import.meta.url));
/** A page shell of ours without Office.js (the PMO's: head, #root, nothing else). */
const SHELL = path.join(here, "../../../src/entries/pmo/pmo.html");
export const BASELINE_ENTRY = "baseline";
export const BASELINE_HTML = "baseline.html";

export default function baselineConfig(env: unknown, argv: { mode?: Configuration["mode"] }): Configuration {
  const product = productConfig(env, argv);
  // The HTML options of a product page (script loading, minification), so the page is made alike.
  const page = (product.plugins ?? []).find((p): p is HtmlWebpackPlugin => p instanceof HtmlWebpackPlugin);
  if (!page) throw new Error("the product webpack config has no HTML page to copy options from");
  return {
    ...product,
    entry: { [BASELINE_ENTRY]: path.join(here, "index.tsx") },
    plugins: [
      new HtmlWebpackPlugin({ ...page.userOptions, template: SHELL, filename: BASELINE_HTML, chunks: [BASELINE_ENTRY] }),
    ],
  };
}
