import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { bodyImageIds, bodyImageLine, bodyImageProblem } from "@/lib/markdown/body-images";
import { StoryBody } from "@/components/story-body";

const ID = "a".repeat(64);
const OTHER = "b".repeat(64);

describe("picture lines in a story body", () => {
  it("reads an upload picture line with its alt text and caption", () => {
    expect(bodyImageLine(`![Ships in the port](/media/${ID} "The port at dawn")`)).toEqual({
      alt: "Ships in the port",
      mediaId: ID,
      caption: "The port at dawn",
    });
    expect(bodyImageLine(`![](/media/${ID})`)).toEqual({ alt: "", mediaId: ID, caption: "" });
  });

  it("refuses image syntax that is not a whole upload line", () => {
    expect(bodyImageProblem("![x](https://evil.example/a.png)")).toBe("imageSource");
    expect(bodyImageProblem(`See ![x](/media/${ID}) here`)).toBe("imageSource");
    expect(bodyImageProblem("![x](/media/short)")).toBe("imageSource");
    expect(bodyImageProblem(`Text\n\n![x](/media/${ID} "Caption")\n\nMore`)).toBeNull();
    expect(bodyImageProblem("An exclamation! [a link](https://example.com)")).toBeNull();
  });

  it("lists each named upload once", () => {
    expect(bodyImageIds(`![a](/media/${ID})\n\n![b](/media/${OTHER})\n\n![c](/media/${ID})`)).toEqual([
      ID,
      OTHER,
    ]);
  });

  it("renders an upload line as a figure with variants, caption and credit", () => {
    const html = renderToStaticMarkup(
      StoryBody({
        markdown: `Before.\n\n![Ships](/media/${ID} "The port at dawn")\n\nAfter.`,
        pictures: [
          {
            mediaId: ID,
            width: 1600,
            height: 900,
            alt: "",
            caption: "",
            credit: { text: "AFP", locale: "en" },
          },
        ],
        pictureWords: { creditLabel: "Photo:", locale: "en" },
      }),
    );
    expect(html).toContain('<figure class="body-figure">');
    expect(html).toContain(`/media/${ID}/320.avif 320w`);
    expect(html).toContain(`alt="Ships"`);
    expect(html).toContain("The port at dawn");
    expect(html).toContain('<span class="picture-caption__credit">Photo: <bdi dir="auto">AFP</bdi></span>');
    expect(html).not.toContain("<p><figure");
  });

  it("shows a picture from elsewhere (saved before the rule) as its words, never fetching it", () => {
    const html = renderToStaticMarkup(
      StoryBody({ markdown: "Look: ![a tracking pixel](https://evil.example/p.png) there.", pictures: [] }),
    );
    expect(html).not.toContain("evil.example");
    expect(html).not.toContain("<img");
    expect(html).toContain("a tracking pixel");
  });
});
