import { parseOgName } from "@/lib/media/focal-crop";
import { parseVariant } from "@/lib/media/image-variants";
import { ogImage } from "@/lib/media/og-image-file";
import { imageVariant } from "@/lib/media/variant-file";

// A resized AVIF or WebP of an upload (/media/<id>/640.avif), or its link
// preview cut around a focal point (/media/<id>/og-30-70.jpg). The URL names
// the bytes exactly, so it is cached for a year; names outside the fixed set
// are not found rather than encoded.
async function variantOf(id: string, name: string): Promise<{ bytes: Buffer; contentType: string } | null> {
  if (!/^[0-9a-f]{64}$/.test(id)) return null;
  const focus = parseOgName(name);
  if (focus) {
    const bytes = await ogImage(id, focus);
    return bytes ? { bytes, contentType: "image/jpeg" } : null;
  }
  const wanted = parseVariant(name);
  return wanted ? imageVariant(id, wanted.width, wanted.format) : null;
}

export async function GET(_request: Request, { params }: RouteContext<"/media/[id]/[variant]">) {
  const { id, variant } = await params;
  const image = await variantOf(id, variant);
  if (!image) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
