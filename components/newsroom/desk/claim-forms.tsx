import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ClaimHolder } from "@/lib/translation-desk/claims";
import {
  assignClaimAction,
  claimAction,
  releaseClaimAction,
  takeOverClaimAction,
} from "@/lib/actions/newsroom/claim-actions";

/** Who holds a waiting version, and the steps this member may take on it: forms that need no JavaScript. */
export async function ClaimForms({
  locale,
  storyId,
  target,
  claim,
  mine,
  members,
  claimedFor,
}: {
  locale: Locale;
  storyId: number;
  target: Locale;
  claim: ClaimHolder | null;
  mine: boolean;
  members: { id: string; name: string }[] | null;
  claimedFor: string | null;
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom.queue" });
  const hidden = (
    <>
      <input type="hidden" name="uiLocale" value={locale} />
      <input type="hidden" name="storyId" value={storyId} />
      <input type="hidden" name="target" value={target} />
    </>
  );
  const memberField = `assign-${target}-${storyId}`;
  return (
    <div className="claim-cell">
      <p className="claim-holder">
        {claim === null
          ? t("unclaimed")
          : mine
            ? t("claimedByYou", { duration: claimedFor ?? "" })
            : t.rich("claimedBy", {
                member: claim.name,
                memberGender: claim.gender,
                duration: claimedFor ?? "",
                holder: (chunks) => <bdi>{chunks}</bdi>,
              })}
        {claim?.assignedBy ? (
          <>
            {" "}
            {t.rich("assignedBy", {
              member: claim.assignedBy.name,
              memberGender: claim.assignedBy.gender,
              holder: (chunks) => <bdi>{chunks}</bdi>,
            })}
          </>
        ) : null}
      </p>
      <div className="claim-actions">
        {claim === null ? (
          <form action={claimAction}>
            {hidden}
            <button type="submit">{t("claim")}</button>
          </form>
        ) : mine || members !== null ? (
          <form action={releaseClaimAction}>
            {hidden}
            <button type="submit">{t("release")}</button>
          </form>
        ) : null}
        {claim !== null && !mine ? (
          <form action={takeOverClaimAction}>
            {hidden}
            <button type="submit">{t("takeOver")}</button>
          </form>
        ) : null}
        {members !== null && members.length > 0 ? (
          <form action={assignClaimAction} className="claim-assign">
            {hidden}
            <label htmlFor={memberField}>{t("assignTo")}</label>
            <select id={memberField} name="memberId" defaultValue={claim?.userId ?? ""} required>
              <option value="" disabled>
                {t("chooseMember")}
              </option>
              {members.map((member) => (
                <option key={member.id} value={member.id} dir="auto">
                  {member.name}
                </option>
              ))}
            </select>
            <button type="submit">{t("assign")}</button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
