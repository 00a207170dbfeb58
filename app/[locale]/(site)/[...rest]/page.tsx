import { notFound } from "next/navigation";
import { resolveLocale } from "@/lib/locale/request-locale";

// Any path under a locale that no route claims gets the localized 404.
export default async function UnknownPage({ params }: PageProps<"/[locale]/[...rest]">) {
  await resolveLocale(params);
  notFound();
}
