import { describe, expect, it } from "vitest";
import { mailFrom, readEnv } from "@/lib/env";

describe("mail settings (SMTP_URL, MAIL_FROM)", () => {
  it("send no email unless SMTP_URL is set, empty counting as unset", () => {
    expect(readEnv({}).SMTP_URL).toBeUndefined();
    expect(readEnv({ SMTP_URL: "" }).SMTP_URL).toBeUndefined();
    expect(readEnv({ SMTP_URL: "smtps://user:pass@mail.example:465" }).SMTP_URL).toBe(
      "smtps://user:pass@mail.example:465",
    );
  });

  it("refuse at start an SMTP_URL that is not smtp:// or smtps://, and a MAIL_FROM that is not an address", () => {
    expect(() => readEnv({ SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL/);
    expect(() => readEnv({ SMTP_URL: "mail.example:25" })).toThrow(/SMTP_URL/);
    expect(() => readEnv({ MAIL_FROM: "newsroom" })).toThrow(/MAIL_FROM/);
    expect(readEnv({ MAIL_FROM: "Levant Times <desk@news.example>" }).MAIL_FROM).toBe(
      "Levant Times <desk@news.example>",
    );
  });

  it("write from newsroom@ the site's host unless MAIL_FROM says otherwise", () => {
    expect(mailFrom(readEnv({ SITE_URL: "https://news.example:8443" }))).toBe("newsroom@news.example");
    expect(mailFrom(readEnv({ SITE_URL: "https://news.example", MAIL_FROM: "desk@news.example" }))).toBe(
      "desk@news.example",
    );
  });
});
