// The code of the story page's rarer parts, in one chunk that only a page
// showing one of them fetches (components/islands/story-islands.tsx).
export { GalleryCarousel } from "@/components/gallery-carousel";
export { EmbedPlayer } from "@/components/embeds/embed-player";
export { LiveEntriesList } from "@/components/live/live-entries-list";
