"use client";

import { useState } from "react";

/** Copies a picture's body line; without JavaScript the line stays there to select by hand. */
export function CopyLineButton({ line, label, copied }: { line: string; label: string; copied: string }) {
  const [done, setDone] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard.writeText(line).then(() => setDone(true));
        }}
      >
        {label}
      </button>
      <span role="status">{done ? copied : ""}</span>
    </>
  );
}
