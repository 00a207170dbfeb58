import "server-only";
import type { Locale } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";

type Tree = { [key: string]: string | Tree };

/** A namespace's messages, finished, by key within it ("title", "errors.tooLong"). */
export type ReaderWords = Record<string, string>;

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

/**
 * Formats every message of `namespace` on the server, each with its own
 * arguments from `args` (by key), for a reading page's client component.
 * Reading pages must stay light (a few KB of JavaScript over a bare Next
 * page), and next-intl's client provider would add use-intl (13 KB gzipped)
 * to each of them; so ICU plurals, numbers and the locale's digits are all
 * applied here, and the client only looks the finished strings up by key.
 */
export async function readerWords(props: {
  locale: Locale;
  namespace: "Comments.form" | "Share.actions";
  args?: Record<string, Record<string, number>>;
}): Promise<ReaderWords> {
  const messages = (await getMessages({ locale: props.locale })) as unknown as Tree;
  const tree = props.namespace.split(".").reduce<Tree>((node, key) => node[key] as Tree, messages);
  const t = await getTranslations({ locale: props.locale, namespace: props.namespace });
  const format = t as unknown as (key: string, values?: Record<string, number>) => string;
  return Object.fromEntries(keysOf(tree).map((key) => [key, format(key, props.args?.[key])]));
}
