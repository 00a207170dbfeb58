import type { CoverageRow } from "@/lib/newsroom/lists/coverage";
import { VERSION_STATES, type VersionState } from "@/lib/newsroom/workflow/translation-state";

// Custom properties (newsroom.css), so the dark scheme has its own shades.
const COLORS: Record<VersionState, string> = {
  PUBLISHED: "var(--chart-published)",
  IN_REVIEW: "var(--chart-in-review)",
  DRAFT: "var(--chart-draft)",
  outdated: "var(--chart-outdated)",
  missing: "var(--chart-missing)",
};

interface Props {
  rows: CoverageRow[];
  labels: {
    row: (row: CoverageRow) => string;
    state: Record<VersionState, string>;
    title: string;
    number: (value: number) => string;
  };
  dir: "ltr" | "rtl";
}

const BAR_HEIGHT = 22;
const GAP = 10;
const LABEL_WIDTH = 240;
const BAR_WIDTH = 460;
const PADDING = 8;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 2 * PADDING;

/**
 * One stacked bar per section and language, drawn on the server as SVG.
 * Right-to-left pages mirror it: labels on the right, bars growing from the
 * right. A label is anchored at its inline start, which the text's own
 * direction puts on the right in Arabic, so it always runs into the chart,
 * never out of it.
 */
export function CoverageChart({ rows, labels, dir }: Props) {
  const height = rows.length * (BAR_HEIGHT + GAP) + GAP;
  const rtl = dir === "rtl";
  const labelX = rtl ? WIDTH - PADDING : PADDING;
  // Where the bars start: just past the labels, on the same side.
  const barStart = rtl ? WIDTH - PADDING - LABEL_WIDTH : PADDING + LABEL_WIDTH;
  return (
    <figure className="coverage-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="coverage-chart-title"
        width="100%"
        direction={dir}
      >
        <title id="coverage-chart-title">{labels.title}</title>
        {rows.map((row, index) => {
          const y = GAP + index * (BAR_HEIGHT + GAP);
          let offset = 0;
          return (
            <g key={`${row.sectionId}-${row.locale}`} data-section={row.sectionId} data-locale={row.locale}>
              <text
                className="coverage-chart__label"
                x={labelX}
                y={y + BAR_HEIGHT / 2}
                dominantBaseline="central"
                textAnchor="start"
                direction={dir}
                fontSize="13"
              >
                {labels.row(row)}
              </text>
              {VERSION_STATES.map((state) => {
                const count = row.counts[state];
                if (count === 0 || row.total === 0) return null;
                const w = (count / row.total) * (BAR_WIDTH - PADDING);
                const x = rtl ? barStart - PADDING - offset - w : barStart + PADDING + offset;
                offset += w;
                return (
                  <rect
                    key={state}
                    data-state={state}
                    x={x}
                    y={y}
                    width={w}
                    height={BAR_HEIGHT}
                    // A style, not the fill attribute: presentation attributes take no var().
                    style={{ fill: COLORS[state] }}
                  >
                    <title>{`${labels.state[state]}: ${labels.number(count)}`}</title>
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
