import { parseVariant } from "@/lib/media/image-variants";
import { imageVariant } from "@/lib/media/variant-file";

// A resized AVIF or WebP of an upload (/media/<id>/640.avif). The URL names
// the bytes exactly, so it is cached for a year; widths outside the fixed set
// are not found rather than encoded.
export async function GET(_request: Request, { params }: RouteContext<"/media/[id]/[variant]">) {
  const { id, variant } = await params;
  const wanted = parseVariant(variant);
  const image =
    wanted && /^[0-9a-f]{64}$/.test(id) ? await imageVariant(id, wanted.width, wanted.format) : null;
  if (!image) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
