// A part of a chart (a bar, a cell) that filters the table: a keyboard-operable role="button" inside
// the SVG, with Enter/Space like a real button and a focus ring drawn in the picture itself
// (an outline on an SVG group is not drawn by every browser).
import { useState, type KeyboardEvent, type ReactNode, type SVGProps } from "react";
import { useChartInk } from "./chart-figure";

export interface ChartButtonProps extends Omit<SVGProps<SVGGElement>, "onClick" | "role" | "tabIndex" | "children"> {
  /** The accessible name: what pressing it does ("Show 営業部's commitments"). */
  label: string;
  onActivate(): void;
  /** The area the focus ring surrounds. */
  ring: { x: number; y: number; width: number; height: number };
  children: ReactNode;
}

export function ChartButton({ label, onActivate, ring, children, style, ...rest }: ChartButtonProps) {
  const [focused, setFocused] = useState(false);
  const ink = useChartInk();
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    // Space would otherwise scroll the page.
    e.preventDefault();
    onActivate();
  };
  return (
    <g
      {...rest}
      role="button"
      tabIndex={0}
      aria-label={label}
      onClick={onActivate}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      style={{ cursor: "pointer", outline: "none", ...style }}
    >
      {/* The whole area takes the click, not only the painted bar and text. */}
      <rect x={ring.x} y={ring.y} width={ring.width} height={ring.height} fill="transparent" />
      {children}
      {focused && (
        <rect
          data-testid="pmo-chart-focus-ring"
          x={ring.x}
          y={ring.y}
          width={ring.width}
          height={ring.height}
          rx={4}
          fill="none"
          strokeWidth={2}
          className={ink.focusRing}
        />
      )}
    </g>
  );
}
