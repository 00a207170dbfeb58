import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { signInLinksOffered } from "@/lib/auth/sign-in-link-mailer";
import { newsroomPaths, safeReturnPath } from "@/lib/urls/newsroom-paths";
import { resolveLocale } from "@/lib/locale/request-locale";
import { ClientMessages } from "@/components/client-messages";
import { SignInForm } from "@/components/newsroom/sign-in-form";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/newsroom/sign-in">): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Newsroom.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/newsroom/sign-in">) {
  const locale = await resolveLocale(params);
  const nextParam = (await searchParams).next;
  const next = safeReturnPath(locale, typeof nextParam === "string" ? nextParam : undefined);
  if (await currentUser()) redirect(next);
  const t = await getTranslations({ locale, namespace: "Newsroom.signIn" });
  return (
    <section className="newsroom-narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("title")}</h1>
      <ClientMessages locale={locale} namespaces={["Forms", "Newsroom.signIn"]}>
        <SignInForm
          locale={locale}
          next={next}
          linkHref={signInLinksOffered() ? newsroomPaths.signInLink(locale) : null}
        />
      </ClientMessages>
    </section>
  );
}
