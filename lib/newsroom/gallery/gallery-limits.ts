// Plain numbers the gallery's commands, forms and messages share.
export const GALLERY_LIMITS = {
  /** Pictures in one story's gallery: a long photo essay, and a bound on the page. */
  images: 30,
  caption: 300,
  alt: 300,
} as const;
