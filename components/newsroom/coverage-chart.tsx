import type { CoverageRow } from "@/lib/newsroom/coverage";
import { VERSION_STATES, type VersionState } from "@/lib/newsroom/translation-state";

const COLORS: Record<VersionState, string> = {
  PUBLISHED: "#166534",
  IN_REVIEW: "#1d4ed8",
  DRAFT: "#b08900",
  outdated: "#9b1c1c",
  missing: "#c9c4bb",
};

interface Props {
  rows: CoverageRow[];
  labels: { row: (row: CoverageRow) => string; state: Record<VersionState, string>; title: string };
  dir: "ltr" | "rtl";
}

/**
 * One stacked bar per section and language, drawn on the server as SVG.
 * Right-to-left pages draw the bars from the right, like the text.
 */
export function CoverageChart({ rows, labels, dir }: Props) {
  const barHeight = 22;
  const gap = 10;
  const labelWidth = 240;
  const barWidth = 460;
  const width = labelWidth + barWidth + 20;
  const height = rows.length * (barHeight + gap) + 40;
  const rtl = dir === "rtl";
  return (
    <figure className="coverage-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="coverage-chart-title" width="100%">
        <title id="coverage-chart-title">{labels.title}</title>
        {rows.map((row, index) => {
          const y = index * (barHeight + gap);
          let offset = 0;
          return (
            <g key={`${row.sectionId}-${row.locale}`}>
              <text
                x={rtl ? width : 0}
                y={y + barHeight * 0.72}
                textAnchor={rtl ? "end" : "start"}
                fontSize="13"
                direction={dir}
              >
                {labels.row(row)}
              </text>
              {VERSION_STATES.map((state) => {
                const count = row.counts[state];
                if (count === 0 || row.total === 0) return null;
                const w = (count / row.total) * barWidth;
                const x = rtl ? width - labelWidth - offset - w : labelWidth + offset;
                offset += w;
                return (
                  <rect key={state} x={x} y={y} width={w} height={barHeight} fill={COLORS[state]}>
                    <title>{`${labels.state[state]}: ${count}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {VERSION_STATES.map((state) => (
            <li key={state}>
              <span
                className="chart-legend__swatch"
                style={{ backgroundColor: COLORS[state] }}
                aria-hidden="true"
              />
              {labels.state[state]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
