import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS, auditMessageKey } from "@/lib/audit-log/record-audit";
import type { AuditFilters } from "@/lib/audit-log/audit-filters";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { ChoiceOptions } from "@/components/newsroom/choice-options";

interface Props {
  locale: Locale;
  filters: AuditFilters;
  actors: { id: string; name: string }[];
}

/** The log's filters: a plain GET form, so a filtered log has its own URL and works without JavaScript. */
export async function AuditFiltersForm({ locale, filters, actors }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.audit" });
  const audit = await getTranslations({ locale, namespace: "Audit" });
  return (
    <form className="newsroom-filters audit-filters" method="get" aria-label={t("filters")}>
      <label>
        {t("person")}
        <select name="actor" defaultValue={filters.actor ?? ""}>
          <ChoiceOptions
            choices={[
              { value: "", label: t("anyone") },
              ...actors.map(({ id, name }) => ({ value: id, label: name })),
              { value: "system", label: t("system") },
            ]}
          />
        </select>
      </label>
      <label>
        {t("action")}
        <select name="action" defaultValue={filters.action ?? ""}>
          <ChoiceOptions
            choices={[
              { value: "", label: t("anyAction") },
              ...AUDIT_ACTIONS.map((value) => ({ value, label: audit(`actions.${auditMessageKey(value)}`) })),
            ]}
          />
        </select>
      </label>
      <label>
        {t("story")}
        <input
          type="number"
          name="story"
          min={1}
          max={999_999_999}
          inputMode="numeric"
          defaultValue={filters.storyId ?? ""}
        />
      </label>
      <label>
        {t("from")}
        <input type="date" name="from" defaultValue={filters.from ?? ""} />
      </label>
      <label>
        {t("to")}
        <input type="date" name="to" defaultValue={filters.to ?? ""} />
      </label>
      <button type="submit">{t("apply")}</button>
      <a href={newsroomPaths.audit(locale)}>{t("clear")}</a>
    </form>
  );
}
