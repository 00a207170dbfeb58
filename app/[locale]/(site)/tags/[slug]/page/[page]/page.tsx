// Page 2 and later: the first page itself, which reads `page`.
export { default, generateMetadata } from "@/app/[locale]/(site)/tags/[slug]/page";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
