// Draws the app icons as PNGs into assets/ (run once: `tsx manifest/scripts/make-icons.ts`; the PNGs are
// committed). Drawn in code so the icons need no design tool: a "target" of concentric rings, the
// shared objective everyone aims at. Teams wants a 192×192 full-colour icon and a 32×32 white
// outline on transparency; Outlook's ribbon wants 16/32/80 px, served from /assets/.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encodePng, type Rgba } from "./png";

const ASSETS = fileURLToPath(new URL("../../assets", import.meta.url));
export const ACCENT: Rgba = [0x2f, 0x5d, 0x8a, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Supersampled so the ring edges are smooth at every size. */
function draw(size: number, pixel: (x: number, y: number) => Rgba): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const S = 4;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = pixel((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          // Premultiplied, so transparent samples don't darken the edges.
          acc[0]! += c[0] * c[3];
          acc[1]! += c[1] * c[3];
          acc[2]! += c[2] * c[3];
          acc[3]! += c[3];
        }
      }
      const a = acc[3]!;
      const i = (y * size + x) * 4;
      out[i] = a ? Math.round(acc[0]! / a) : 0;
      out[i + 1] = a ? Math.round(acc[1]! / a) : 0;
      out[i + 2] = a ? Math.round(acc[2]! / a) : 0;
      out[i + 3] = Math.round(a / (S * S));
    }
  }
  return out;
}

/** Rings at these radii (fractions of the icon), plus a centre dot. */
function target(x: number, y: number, ring: number): boolean {
  const r = Math.hypot(x - 0.5, y - 0.5);
  return r < 0.09 || Math.abs(r - 0.22) < ring || Math.abs(r - 0.36) < ring;
}

export function colorIcon(size: number): Uint8Array {
  return draw(size, (x, y) => {
    const r = Math.hypot(x - 0.5, y - 0.5);
    if (r > 0.5) return CLEAR;
    return target(x, y, 0.045) ? WHITE : ACCENT;
  });
}

export function outlineIcon(size: number): Uint8Array {
  return draw(size, (x, y) => (target(x, y, 0.05) || Math.abs(Math.hypot(x - 0.5, y - 0.5) - 0.47) < 0.03 ? WHITE : CLEAR));
}

function main(): void {
  const files: [string, number, (size: number) => Uint8Array][] = [
    ["color.png", 192, colorIcon],
    ["outline.png", 32, outlineIcon],
    ["icon-16.png", 16, colorIcon],
    ["icon-32.png", 32, colorIcon],
    ["icon-64.png", 64, colorIcon],
    ["icon-80.png", 80, colorIcon],
    ["icon-128.png", 128, colorIcon],
  ];
  for (const [name, size, paint] of files) {
    writeFileSync(path.join(ASSETS, name), encodePng(size, size, paint(size)));
    process.stdout.write(`assets/${name} (${size}×${size})\n`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
