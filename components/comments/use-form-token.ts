"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";

/**
 * The comment form's single-use token: the one the last answer carried, else
 * one fetched for this reader once the form scrolls into view or takes focus
 * (the cached page carries none). Without JavaScript nothing is fetched: the
 * server's first answer asks to confirm and brings a token with it.
 */
export function useFormToken(
  form: RefObject<HTMLFormElement | null>,
  answer: { token: string },
  url: string,
): { token: string; request: () => void } {
  const [fetched, setFetched] = useState<{ answer: object; token: string } | null>(null);
  const requested = useRef<object | null>(null);
  const token = answer.token || (fetched?.answer === answer ? fetched.token : "");

  const request = useCallback(() => {
    if (answer.token || requested.current === answer) return;
    requested.current = answer;
    fetch(url, { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<{ token?: unknown }>) : null))
      .then((body) => {
        if (typeof body?.token === "string") setFetched({ answer, token: body.token });
      })
      // Offline for a moment: the next focus tries again.
      .catch(() => {
        requested.current = null;
      });
  }, [answer, url]);

  useEffect(() => {
    const element = form.current;
    if (!element || answer.token) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) request();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [form, answer, request]);

  return { token, request };
}
