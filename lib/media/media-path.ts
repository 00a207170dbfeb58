/** Where an upload is served (lib/newsroom/media/image-store.ts stores it under its SHA-256). */
export function mediaPathOf(id: string): string {
  return `/media/${id}`;
}
