// Page 2 and later of a section: the section page itself, which reads `page`.
export { default, generateMetadata } from "@/app/[locale]/(site)/section/[section]/page";

export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}
