import { NextIntlClientProvider, type Messages, type Locale } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Tree = { [key: string]: string | Tree };

/** A copy of `messages` holding only the namespaces named, e.g. "Comments.form". */
export function pickMessages(messages: Tree, namespaces: readonly string[]): Tree {
  const picked: Tree = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    let from: string | Tree | undefined = messages;
    let into = picked;
    path.forEach((key, index) => {
      from = typeof from === "object" ? from[key] : undefined;
      if (from === undefined) throw new Error(`No messages at ${namespace}`);
      if (index === path.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as Tree;
    });
  }
  return picked;
}

/**
 * Gives the client components inside it their words (and the request's time
 * zone and formats) through next-intl, sending only the namespaces they use.
 */
export async function ClientMessages(props: { locale: Locale; namespaces: string[]; children: ReactNode }) {
  const messages: Messages = await getMessages({ locale: props.locale });
  return (
    <NextIntlClientProvider locale={props.locale} messages={pickMessages(messages, props.namespaces)}>
      {props.children}
    </NextIntlClientProvider>
  );
}
