import { describe, expect, it } from "vitest";
import { bodyLimitProblem } from "@/lib/markdown/body-limits";
import { stories } from "@/prisma/content/stories/index";

describe("body limits against real stories", () => {
  it("every demo story body stays within the Markdown limits, so readers get it formatted", () => {
    const bodies = stories.flatMap((story) =>
      Object.values(story.translations).map((translation) => translation?.body ?? ""),
    );
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.filter((body) => bodyLimitProblem(body) !== null)).toEqual([]);
  });
});
