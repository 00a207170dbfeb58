/**
 * A thumb drawn in SVG: emoji need a colour-emoji font, and where none is
 * installed readers saw empty boxes. The button it sits in carries the words.
 */
export function ThumbIcon({ pointing }: { pointing: "up" | "down" }) {
  return (
    <svg
      className={`thumb-icon thumb-icon--${pointing}`}
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M1.5 7h3v7.5h-3zM4.5 7l3-5.5c1.2 0 2 .8 2 2V6h4a1.5 1.5 0 0 1 1.45 1.9l-1.6 5.5a1.5 1.5 0 0 1-1.45 1.1H4.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
    </svg>
  );
}
