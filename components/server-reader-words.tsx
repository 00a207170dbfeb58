import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { AppLocale } from "@/i18n/routing";
import { ReaderWordsProvider } from "@/components/reader-words";

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

/**
 * Formats every message of `namespace` on the server, each with its own
 * arguments from `args` (by key), and hands the finished strings to the
 * client components inside (useReaderWords). ICU plurals, numbers and the
 * locale's digits are all applied here, so the client needs no formatter.
 */
export async function ReaderWords(props: {
  locale: AppLocale;
  namespace: "Comments.form";
  args?: Record<string, Record<string, number>>;
  children: ReactNode;
}) {
  const messages = (await getMessages({ locale: props.locale })) as unknown as Tree;
  const tree = props.namespace.split(".").reduce<Tree>((node, key) => node[key] as Tree, messages);
  const t = await getTranslations({ locale: props.locale, namespace: props.namespace });
  const format = t as unknown as (key: string, values?: Record<string, number>) => string;
  const words = Object.fromEntries(keysOf(tree).map((key) => [key, format(key, props.args?.[key])]));
  return (
    <ReaderWordsProvider value={{ namespace: props.namespace, words }}>{props.children}</ReaderWordsProvider>
  );
}
