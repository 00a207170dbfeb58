import { bannersForDesk } from "@/lib/banner/banner-desk";
import { BANNER_DONE, BANNER_PROBLEMS, enteredBanner, suggestedExpiry } from "@/lib/banner/banner-form";
import { siteFormat } from "@/lib/format/reader-format";
import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { BannerScreen } from "@/components/newsroom/screens/banner-screen";

export default async function BannerPage({ params, searchParams }: PageProps<"/[locale]/newsroom/banner">) {
  const { locale, user } = await enterNewsroomPage(params, { type: "newsroom.enter" }, newsroomPaths.banner);
  const query = await searchParams;
  return (
    <BannerScreen
      locale={locale}
      banners={await bannersForDesk(user, locale)}
      typed={enteredBanner(query)}
      suggested={suggestedExpiry(siteFormat.timeZone)}
      {...outcomeFrom(query, BANNER_DONE, BANNER_PROBLEMS)}
    />
  );
}
