import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { SIGN_IN_LINK_MINUTES } from "@/lib/auth/sign-in-link";
import { signInLinksOffered } from "@/lib/auth/sign-in-link-mailer";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { resolveLocale } from "@/lib/locale/request-locale";
import { ClientMessages } from "@/components/client-messages";
import { SignInLinkConfirmForm } from "@/components/newsroom/sign-in-link-confirm-form";
import { SignInLinkRequestForm } from "@/components/newsroom/sign-in-link-request-form";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/newsroom/sign-in/link">): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Newsroom.signInLink" });
  return { title: t("title") };
}

// Without `token`: the form that asks for a link. With it: the button that
// uses it (the GET itself changes nothing).
export default async function SignInLinkPage({
  params,
  searchParams,
}: PageProps<"/[locale]/newsroom/sign-in/link">) {
  const locale = await resolveLocale(params);
  if (await currentUser()) redirect(newsroomPaths.home(locale));
  const token = (await searchParams).token;
  const t = await getTranslations({ locale, namespace: "Newsroom.signInLink" });
  const linkToken = typeof token === "string" && token ? token.slice(0, 100) : null;
  return (
    <section className="newsroom-narrow" aria-labelledby="sign-in-link-title">
      <h1 id="sign-in-link-title">{t(linkToken ? "confirmTitle" : "title")}</h1>
      <ClientMessages locale={locale} namespaces={["Forms", "Newsroom.signIn", "Newsroom.signInLink"]}>
        {linkToken ? (
          <SignInLinkConfirmForm
            locale={locale}
            token={linkToken}
            askAgainHref={newsroomPaths.signInLink(locale)}
          />
        ) : signInLinksOffered() ? (
          <>
            <p>{t("intro", { minutes: SIGN_IN_LINK_MINUTES })}</p>
            <SignInLinkRequestForm locale={locale} minutes={SIGN_IN_LINK_MINUTES} />
          </>
        ) : (
          <p>{t("unavailable")}</p>
        )}
      </ClientMessages>
      <p>
        <a href={newsroomPaths.signIn(locale)}>{t("backToSignIn")}</a>
      </p>
    </section>
  );
}
