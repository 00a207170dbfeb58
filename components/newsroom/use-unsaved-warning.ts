"use client";

import { useEffect, type RefObject } from "react";

/**
 * While `dirty`, leaving the page asks first: closing or reloading the tab
 * (the browser's own question, beforeunload), and following a link or
 * sending another form on the page (the header's language switch, its
 * navigation, sign-out), which ask with `message`. Sending the form itself
 * never asks: that is how the edits are kept.
 */
export function useUnsavedWarning(dirty: boolean, message: string, form: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    if (!dirty) return;
    let leaving = false;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    const ask = (event: Event) => {
      if (window.confirm(message)) {
        // The person chose to leave: the browser must not ask a second time.
        leaving = true;
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const click = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      const href = link?.getAttribute("href") ?? "";
      if (!link || href.startsWith("#") || link.getAttribute("target") === "_blank") return;
      ask(event);
    };
    const submit = (event: SubmitEvent) => {
      if (event.target !== form.current) ask(event);
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    document.addEventListener("submit", submit, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
      document.removeEventListener("submit", submit, true);
    };
  }, [dirty, message, form]);
}
