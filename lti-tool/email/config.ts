/** The SMTP relay and sender (SMTP_* and MAIL_FROM in app/config.ts); absent when SMTP_HOST is unset. */
export interface MailConfig {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise nodemailer upgrades with STARTTLS when offered. */
  secure: boolean;
  user: string | undefined;
  password: string | undefined;
  from: string;
}
