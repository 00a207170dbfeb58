import { SMTPServer } from "smtp-server";

/** An email as a mail server received it, with what a reader sees decoded. */
export interface DeliveredEmail {
  /** The envelope's recipients. */
  to: string[];
  raw: string;
  /** Header values by lower-case name, RFC 2047 words decoded. */
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
}

export interface SmtpInbox {
  port: number;
  received: DeliveredEmail[];
  stop(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1:`port`, in the test process: whatever the
 * site sends there is kept, decoded, in `received`. Plain SMTP, no
 * authentication, as a relay on the same machine would be.
 */
export async function startSmtpInbox(port: number): Promise<SmtpInbox> {
  const received: DeliveredEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, ...readEmail(raw) });
        callback();
      });
    },
  });
  await new Promise<void>((listening, failed) => {
    server.once("error", failed);
    server.listen(port, "127.0.0.1", () => listening());
  });
  return {
    port,
    received,
    stop: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

interface MimePart {
  headers: Record<string, string>;
  body: string;
}

function splitPart(source: string): MimePart {
  const end = source.search(/\r?\n\r?\n/);
  const head = end === -1 ? source : source.slice(0, end);
  const body = end === -1 ? "" : source.slice(end).replace(/^\r?\n\r?\n/, "");
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** Quoted-printable or base64 bytes, read as UTF-8. */
function decodeBody(body: string, encoding = "7bit"): string {
  if (encoding.toLowerCase() === "base64")
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding.toLowerCase() !== "quoted-printable") return body;
  return qpBytes(body.replace(/=\r?\n/g, "")).toString("utf8");
}

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const hex = text.slice(index + 1, index + 3);
    if (text[index] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(text[index]!, "utf8"));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (`=?UTF-8?B?…?=`); neighbours are joined before decoding, as a character may span two. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, "?==?").replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)+/g, (run) => {
    const bytes = [...run.matchAll(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g)].map(([, kind, text]) =>
      kind!.toUpperCase() === "B" ? Buffer.from(text!, "base64") : qpBytes(text!.replaceAll("_", " ")),
    );
    return Buffer.concat(bytes).toString("utf8");
  });
}

function readEmail(raw: string): Pick<DeliveredEmail, "headers" | "subject" | "text" | "html"> {
  const message = splitPart(raw);
  const boundary = /boundary="?([^";]+)"?/i.exec(message.headers["content-type"] ?? "")?.[1];
  const parts = boundary
    ? message.body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((part) => splitPart(part.replace(/^\r?\n/, "")))
    : [message];
  const part = (type: string) => {
    const found = parts.find((each) => (each.headers["content-type"] ?? "text/plain").startsWith(type));
    return found ? decodeBody(found.body, found.headers["content-transfer-encoding"]).trimEnd() : "";
  };
  return {
    headers: message.headers,
    subject: message.headers.subject ?? "",
    text: part("text/plain"),
    html: part("text/html"),
  };
}
