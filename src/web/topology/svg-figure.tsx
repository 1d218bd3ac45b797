// What both topology pictures (topology-svg.tsx for Basic Edition, enterprise-topology-svg.tsx for Enterprise
// Edition) draw alike: the <svg> frame with its name and white ground, outlined boxes, and columns of text lines.
// Only SVG attributes (no CSS classes), so the downloaded SVG and PNG look exactly like the page (svg-export.ts);
// statuses are a glyph and a word plus an outline style (solid/dashed/dotted), never colour alone.
import { forwardRef, type ReactNode } from 'react';
import type { Box } from './topology-layout';
import type { Shape } from './topology-model';

export const DASH: Record<Shape, string | undefined> = { settled: undefined, changing: '8 5', absent: '2 4' };
export const GLYPH: Record<Shape, string> = { settled: '✓', changing: '⟳', absent: '○' };
export const INK = '#1f1f1f';
export const MUTED = '#434343';

/** A name cut to n characters with an ellipsis (the full name goes in the line's <title>). */
export const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface FigureProps {
  width: number;
  height: number;
  /** The id of the <title> that names the picture (aria-labelledby). */
  titleId: string;
  title: string;
  children: ReactNode;
}

export const SvgFigure = forwardRef<SVGSVGElement, FigureProps>(function SvgFigure(
  { width, height, titleId, title, children },
  ref,
) {
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      fontFamily="-apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Microsoft YaHei', sans-serif"
      fontSize={13}
      data-testid="topology-svg"
      style={{ maxWidth: '100%', height: 'auto', background: '#fff' }}
    >
      <title id={titleId}>{title}</title>
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      {children}
    </svg>
  );
});

/** An outlined box; `dash` is the outline's dash pattern (DASH by status shape), solid when undefined. */
export function OutlinedBox({
  box,
  rx,
  fill,
  stroke,
  strokeWidth,
  dash,
}: {
  box: Box;
  rx: number;
  fill: string;
  stroke: string;
  strokeWidth?: number;
  dash?: string | undefined;
}) {
  return (
    <rect
      x={box.x}
      y={box.y}
      width={box.w}
      height={box.h}
      rx={rx}
      fill={fill}
      stroke={stroke}
      strokeWidth={strokeWidth}
      strokeDasharray={dash}
    />
  );
}

export interface TextLine {
  y: number;
  text: ReactNode;
  /** INK unless said. */
  fill?: string;
  fontSize?: number;
  fontWeight?: number;
  testId?: string;
  /** The full text behind a shortened one, as the line's <title> (a tooltip, and what a screen reader reads). */
  title?: string;
}

/** Lines of text, all starting (or, with anchor 'middle', centred) at x. */
export function TextLines({
  x,
  anchor,
  lines,
}: {
  x: number;
  anchor?: 'middle';
  lines: readonly TextLine[];
}) {
  return lines.map((line, i) => (
    <text
      key={i}
      x={x}
      y={line.y}
      textAnchor={anchor}
      fontWeight={line.fontWeight}
      fontSize={line.fontSize}
      fill={line.fill ?? INK}
      data-testid={line.testId}
    >
      {line.title === undefined ? null : <title>{line.title}</title>}
      {line.text}
    </text>
  ));
}
