import { loadImage } from "@/lib/newsroom/media/image-store";

// Uploaded images, addressed by the hash of their bytes: never changing,
// so cached for a year by browsers and CDNs alike.
export async function GET(_request: Request, { params }: RouteContext<"/media/[id]">) {
  const image = await loadImage((await params).id);
  if (!image) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
