/** An arrow drawn for left-to-right reading; CSS mirrors it on RTL pages. */
export function DirectionalArrow({ pointing }: { pointing: "back" | "forward" }) {
  return (
    <svg
      className={`directional-icon directional-icon--${pointing}`}
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M2 8h11M9 4l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}
