// Posts a page's form the way a browser without JavaScript does: every
// input the server rendered (React's hidden Server Action fields among
// them) plus the caller's own values, as multipart/form-data.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };

function decode(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? "");
}

function attribute(tag: string, name: string): string | null {
  const match = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return match ? decode(match[1]!) : null;
}

/** The fields of the first form on the page that contains every marker, as the browser would send them. */
export function renderedInputs(html: string, marker: string | string[]): Map<string, string> {
  const markers = typeof marker === "string" ? [marker] : marker;
  const forms = html.match(/<form[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((each) => markers.every((one) => each.includes(one)));
  if (!form) throw new Error(`No form containing ${markers.join(" and ")}`);
  const inputs = new Map<string, string>();
  for (const tag of form.match(/<input[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const type = attribute(tag, "type") ?? "text";
    if (!name || type === "file" || type === "submit") continue;
    if ((type === "radio" || type === "checkbox") && !/\schecked(?:=""|\s|\/|>)/.test(tag)) continue;
    inputs.set(name, attribute(tag, "value") ?? "");
  }
  // A select sends its selected option, or its first one.
  for (const select of form.match(/<select[\s\S]*?<\/select>/g) ?? []) {
    const name = attribute(select.slice(0, select.indexOf(">") + 1), "name");
    const options = select.match(/<option[^>]*>/g) ?? [];
    const chosen = options.find((option) => /\sselected(?:=""|\s|>)/.test(option)) ?? options[0];
    if (name && chosen) inputs.set(name, attribute(chosen, "value") ?? "");
  }
  return inputs;
}

export async function postForm(
  url: string,
  fields: Map<string, string>,
  opts: { cookie?: string; files?: Record<string, Blob> } = {},
): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  for (const [name, blob] of Object.entries(opts.files ?? {})) body.append(name, blob, `${name}.png`);
  return fetch(url, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { origin: new URL(url).origin, ...(opts.cookie ? { cookie: opts.cookie } : {}) },
  });
}

/** Signs in through the no-JS form and returns the session cookie. */
export async function signInCookie(origin: string, email: string, password: string): Promise<string> {
  const page = `${origin}/en/newsroom/sign-in`;
  const fields = renderedInputs(await (await fetch(page)).text(), 'name="email"');
  fields.set("email", email);
  fields.set("password", password);
  const response = await postForm(page, fields);
  const cookie = response.headers
    .getSetCookie()
    .map((each) => each.split(";")[0])
    .join("; ");
  if (!cookie.includes("session")) throw new Error(`Sign-in as ${email} failed (${response.status})`);
  return cookie;
}
