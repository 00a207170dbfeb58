import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messageFormats } from "@/i18n/message-formats";
import {
  AUDIT_ACTIONS,
  auditMessageKey,
  storyIdOfSubject,
  type AuditAction,
} from "@/lib/audit-log/record-audit";
import { parseAuditFilters, startOfDayIn } from "@/lib/audit-log/audit-filters";
import { csvLine } from "@/lib/audit-log/audit-csv";
import type { AuditRow } from "@/lib/audit-log/audit-query";
import { auditSentenceArgs } from "@/lib/audit-log/audit-sentence";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";

const messages = { en, ar } as const;

// The details each code is recorded with (see the commands that call
// recordAudit); a code added without a shape here still needs its sentences.
const RECORDED: Partial<Record<AuditAction, { subject: string; details: unknown }>> = {
  "names.create": { subject: "names:3", details: { spellings: "Byblos, Jbeil, جبيل" } },
  "names.update": { subject: "names:3", details: { spellings: "Byblos, Jbeil, جبيل" } },
  "names.delete": { subject: "names:3", details: { spellings: "Byblos, Jbeil, جبيل" } },
  "names.accept": { subject: "names:3", details: { en: "Tyre", ar: "صور" } },
  "names.dismiss": { subject: "glossary:4", details: { en: "Tyre", ar: "صور" } },
  "plurals.add": { subject: "plural:5", details: { singular: "أستاذ", plural: "أساتذة" } },
  "plurals.remove": { subject: "plural:5", details: { singular: "أستاذ", plural: "أساتذة" } },
  "story.create": { subject: "story:12/en", details: { slug: "harbour", sectionId: 1 } },
  "story.details": { subject: "story:12", details: { sectionId: 1, authorIds: [1, 2], image: null } },
  "story.comments": { subject: "story:12", details: { closed: true } },
  "story.gallery": { subject: "story:12", details: { change: "add", mediaId: "ab12" } },
  "media.upload": { subject: "media:ab12", details: { width: 1600, height: 900, bytes: 120_000 } },
  "translation.save": { subject: "story:12/ar", details: { revision: 4, slug: "ميناء" } },
  "translation.slug": { subject: "story:12/ar", details: { revision: 4, from: "old-slug", to: "ميناء" } },
  "translation.restore": { subject: "story:12/ar", details: { revision: 5, restored: 2 } },
  "translation.submit": { subject: "story:12/ar", details: { slug: "x", from: "DRAFT", to: "IN_REVIEW" } },
  "translation.withdraw": { subject: "story:12/ar", details: { slug: "x", from: "IN_REVIEW", to: "DRAFT" } },
  "translation.publish": {
    subject: "story:12/ar",
    details: { slug: "x", from: "IN_REVIEW", to: "PUBLISHED" },
  },
  "translation.unpublish": { subject: "story:12/ar", details: { slug: "x", from: "PUBLISHED", to: "DRAFT" } },
  "user.create": { subject: "user:lina@example.com", details: { role: "TRANSLATOR", locales: ["ar"] } },
  "user.role": {
    subject: "user:lina@example.com",
    details: { from: { role: "TRANSLATOR", locales: ["ar"] }, to: { role: "EDITOR", locales: [] } },
  },
  "user.disable": { subject: "user:lina@example.com", details: { sessionsEnded: 2 } },
  "user.enable": { subject: "user:lina@example.com", details: null },
  "signin.throttled": { subject: "account:lina@example.com", details: { failures: 5, limits: ["pair"] } },
  "comment.approve": { subject: "comment:3 story:12/en", details: { author: "Rima", excerpt: "Hi" } },
  "comment.hide": { subject: "comment:3 story:12/en", details: { author: "Rima", excerpt: "Hi" } },
  "comment.unhide": { subject: "comment:3 story:12/en", details: { author: "Rima", excerpt: "Hi" } },
  "comment.delete": { subject: "comment:3 story:12/en", details: { author: "Rima", excerpt: "Hi" } },
  "topic.create": {
    subject: "topic:4",
    details: { en: { name: "Ports", slug: "ports" }, ar: { name: "الموانئ", slug: "الموانئ" } },
  },
  "topic.rename": { subject: "topic:4", details: { en: { name: "Harbours", slug: "harbours" } } },
  "topic.merge": { subject: "topic:4", details: { merged: "docks" } },
  "section.create": {
    subject: "section:5",
    details: { en: { name: "Sport", slug: "sport" }, ar: { name: "رياضة", slug: "رياضة" } },
  },
  "section.rename": { subject: "section:5", details: { en: { name: "Sports", slug: "sports" } } },
  "section.move": {
    subject: "section:5",
    details: { en: { name: "Sport" }, ar: { name: "رياضة" }, direction: "up", position: 2 },
  },
  "section.retire": { subject: "section:5", details: { en: { name: "Sport" }, ar: { name: "رياضة" } } },
  "settings.comments": { subject: "comments.moderation", details: { mode: "pre" } },
  "live.entry.post": { subject: "story:12/en", details: { entryId: 40 } },
  "live.entry.edit": { subject: "story:12/ar", details: { entryId: 40, revision: 3 } },
  "live.entry.translate": { subject: "story:12/ar", details: { entryId: 40, revision: 1 } },
  "live.entry.publish": { subject: "story:12/ar", details: { entryId: 40, revision: 2 } },
  "live.entry.delete": { subject: "story:12/en", details: { entryId: 40 } },
  "live.entry.pin": { subject: "story:12/en", details: { entryId: 40 } },
  "live.entry.unpin": { subject: "story:12/en", details: { entryId: 40 } },
  "live.keypoints": { subject: "story:12/ar", details: null },
  "live.end": { subject: "story:12", details: null },
};

function row(action: AuditAction, recorded: { subject: string; details: unknown }): AuditRow {
  return {
    id: 1,
    at: "2026-06-01T10:00:00.000Z",
    actorName: "Maya Saab",
    actorGender: "other",
    actorEmail: "maya@example.com",
    action,
    code: action,
    subject: recorded.subject,
    storyId: storyIdOfSubject(recorded.subject),
    locale: /story:\d+\/(en|ar)/.exec(recorded.subject)?.[1] as AuditRow["locale"],
    storyTitle: "Port reopens",
    details: recorded.details as AuditRow["details"],
  };
}

function render(locale: "en" | "ar", action: AuditAction): string {
  const t = createTranslator({
    locale,
    messages: messages[locale],
    namespace: "Audit",
    formats: messageFormats(locale, "arab"),
    timeZone: "Asia/Beirut",
    onError: (error) => {
      throw error;
    },
  });
  const args = auditSentenceArgs(row(action, RECORDED[action]!), locale, {
    system: "nobody",
    language: (l) => messages[locale].Newsroom.locales[l],
  });
  return t(`sentences.${auditMessageKey(action)}`, args);
}

describe("audit sentences", () => {
  it("has a sentence and a filter name in English and Arabic for every code", () => {
    for (const locale of ["en", "ar"] as const) {
      const { sentences, actions } = messages[locale].Audit as Record<string, Record<string, string>>;
      const missing = AUDIT_ACTIONS.filter(
        (action) => !sentences![auditMessageKey(action)] || !actions![auditMessageKey(action)],
      );
      expect(missing, locale).toEqual([]);
      expect(Object.keys(sentences!).sort()).toEqual(AUDIT_ACTIONS.map(auditMessageKey).sort());
    }
  });

  it("renders every recorded shape in both languages, with no raw code, JSON or Latin digit in Arabic", () => {
    for (const action of AUDIT_ACTIONS.filter((action) => RECORDED[action])) {
      const english = render("en", action);
      const arabic = render("ar", action);
      expect(english, action).not.toMatch(/[{}]|\w+\.\w+_/);
      expect(arabic, action).not.toMatch(/[{}]|[0-9]/);
    }
    expect(render("en", "translation.publish")).toBe(
      "\u2068Maya Saab\u2069 published the Arabic version of \u2068Port reopens\u2069",
    );
    expect(render("ar", "translation.restore")).toContain("المراجعة ٢");
    expect(render("en", "user.role")).toContain("from translator to editor");
    expect(render("ar", "topic.create")).toContain("الموانئ");
    expect(render("en", "topic.create")).toContain("Ports");
  });

  it("isolates what people wrote but keeps codes a sentence chooses by", () => {
    const args = auditSentenceArgs(row("translation.slug", RECORDED["translation.slug"]!), "en", {
      system: "nobody",
      language: () => "Arabic",
    });
    expect(args).toMatchObject({ from: "\u2068old-slug\u2069", to: "\u2068ميناء\u2069", revision: 4 });
    const status = auditSentenceArgs(row("translation.publish", RECORDED["translation.publish"]!), "en", {
      system: "nobody",
      language: () => "Arabic",
    });
    expect(status).toMatchObject({ to: "PUBLISHED", target: "\u206812\u2069" });
  });
});

describe("audit filters and export", () => {
  it("ignores malformed filters and bounds the page", () => {
    expect(
      parseAuditFilters({
        actor: "x'; drop",
        action: "nope",
        story: "0",
        from: "2026-02-30",
        page: "99999999",
      }),
    ).toEqual({ actor: null, action: null, storyId: null, from: null, to: null, page: 1 });
    expect(
      parseAuditFilters({ page: "999999", action: "comment.hide", story: "12", to: "2026-03-01" }),
    ).toMatchObject({
      page: 2_000,
      action: "comment.hide",
      storyId: 12,
      to: "2026-03-01",
    });
  });

  it("starts a day at local midnight, across daylight saving", () => {
    expect(startOfDayIn("2026-01-15", "Asia/Beirut").toISOString()).toBe("2026-01-14T22:00:00.000Z");
    expect(startOfDayIn("2026-07-15", "Asia/Beirut").toISOString()).toBe("2026-07-14T21:00:00.000Z");
    // Beirut's spring change skips midnight on 29 March 2026: that day starts at 01:00.
    expect(startOfDayIn("2026-03-29", "Asia/Beirut").toISOString()).toBe("2026-03-28T22:00:00.000Z");
  });

  it("quotes every CSV field and defuses formulas", () => {
    expect(csvLine([1, 'say "hi"', "=HYPERLINK(1)", null, "a,b\nc"])).toBe(
      `"1","say ""hi""","'=HYPERLINK(1)","","a,b\nc"\r\n`,
    );
  });
});
