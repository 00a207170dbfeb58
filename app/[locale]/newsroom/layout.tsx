import "@/app/styles/newsroom.css";
import "@/app/styles/story-body.css";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/current-user";
import { resolveLocale } from "@/lib/locale/request-locale";
import { ErrorWordsScope } from "@/components/error-words-scope";
import { messageGender } from "@/lib/newsroom/people/member-name";
import { NewsroomHeader } from "@/components/newsroom/newsroom-header";
import { ViewerGenderProvider } from "@/components/newsroom/viewer-gender";

export async function generateMetadata({ params }: LayoutProps<"/[locale]/newsroom">): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  // Never indexed, whatever a crawler ignoring robots.txt finds.
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function NewsroomLayout({ children, params }: LayoutProps<"/[locale]/newsroom">) {
  const locale = await resolveLocale(params);
  const user = await currentUser();
  return (
    <div className="newsroom">
      <NewsroomHeader locale={locale} user={user} />
      <main id="main" tabIndex={-1} className="newsroom-main">
        <ErrorWordsScope locale={locale} area="newsroom">
          {/* Messages that address the member agree with them («تولّيتَ» / «تولّيتِ»). */}
          <ViewerGenderProvider gender={messageGender(user?.gender)}>{children}</ViewerGenderProvider>
        </ErrorWordsScope>
      </main>
    </div>
  );
}
