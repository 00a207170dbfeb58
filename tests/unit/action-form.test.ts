import { describe, expect, it } from "vitest";
import { actionForm } from "@/lib/forms/action-form";
import { recordingActionCall, type ActionCallRecord } from "@/lib/http/action-call";

// Issue 25: a crafted post decodes to whatever arguments its body names.

describe("the form a Server Action was called with", () => {
  const form = new FormData();
  form.set("email", "a@example.com");

  it("is the form our forms send, after the previous state or alone", () => {
    expect(actionForm([{ errors: {} }, form])).toBe(form);
    expect(actionForm([form])).toBe(form);
  });

  it("is the form passed in place of the previous state, with nothing after it", () => {
    expect(actionForm([form, undefined])).toBe(form);
  });

  it("is an empty form when the call carries none", () => {
    for (const call of [[], ["x"], [null, "x"], [{ get: () => "x" }]]) {
      const found = actionForm(call);
      expect(found).toBeInstanceOf(FormData);
      expect([...found.keys()]).toEqual([]);
    }
  });

  it("tells the server that the request reached an action", () => {
    const record: ActionCallRecord = { started: false };
    recordingActionCall(record, () => actionForm([form]));
    expect(record.started).toBe(true);
  });
});
