// A topic's page; page 2 and later re-export it.
export { default, generateMetadata } from "@/app/[locale]/(site)/tags/[slug]/topic-route";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
