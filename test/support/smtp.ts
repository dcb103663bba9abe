import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { EmailNotifications } from "../../lti-tool/email/emailNotifications.ts";
import type { RunningTool } from "./platform/tool.ts";
import type { World } from "./world.ts";

/** A message as it arrived, with its raw header lines (mailparser structures some of them). */
export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  header(name: string): string | undefined;
}

/**
 * A real SMTP server on loopback (smtp-server) that keeps what it receives (read with
 * mailparser). `failNext(n)` makes it refuse the next n messages with a temporary error,
 * as a relay does when it is overloaded; `refuse(address)` refuses a recipient for good
 * ("550 no such user"), as a school's mail server does for an address that is gone.
 */
export class SmtpReceiver {
  readonly received: ReceivedMail[] = [];
  #failures = 0;
  readonly #refused = new Set<string>();
  /** How many times a sender tried a refused recipient. */
  refusedAttempts = 0;
  readonly #server: SMTPServer;
  port = 0;

  constructor() {
    this.#server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (!this.#refused.has(address.address.toLowerCase())) return callback();
        this.refusedAttempts++;
        callback(Object.assign(new Error("no such user"), { responseCode: 550 }));
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            if (this.#failures > 0) {
              this.#failures--;
              return callback(Object.assign(new Error("try again later"), { responseCode: 451 }));
            }
            this.received.push(toReceived(parsed));
            callback();
          })
          .catch(callback);
      },
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    this.port = (this.#server.server.address() as AddressInfo).port;
  }

  failNext(count: number): void {
    this.#failures = count;
  }

  refuse(address: string): void {
    this.#refused.add(address.toLowerCase());
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}

function toReceived(parsed: ParsedMail): ReceivedMail {
  const to = [parsed.to ?? []]
    .flat()
    .map((address) => address.text)
    .join(", ");
  return {
    to,
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : "",
    header: (name) =>
      parsed.headerLines
        .find((line) => line.key === name.toLowerCase())
        ?.line.replace(/^[^:]*:\s*/, "")
        .replace(/\r?\n\s+/g, " "),
  };
}

/** The e-mail worker of `tool`, sending through `smtp`, polling fast and backing off briefly. */
export function mailerFor(world: World, smtp: SmtpReceiver, tool: RunningTool): EmailNotifications {
  return new EmailNotifications({
    core: world.deps,
    database: world.store.database,
    mail: {
      host: "127.0.0.1",
      port: smtp.port,
      secure: false,
      user: undefined,
      password: undefined,
      from: "twinning@example.org",
    },
    publicUrl: tool.url,
    secret: tool.config.key,
    pollMs: 50,
    maxBackoffMs: 400,
  });
}
