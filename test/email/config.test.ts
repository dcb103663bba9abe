import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../app/config.ts";

describe("e-mail configuration", () => {
  it("is off when SMTP_HOST is unset", () => {
    expect(loadConfig({}).mail).toBeUndefined();
  });

  it("reads the relay and the sender, with STARTTLS on port 587 by default", () => {
    expect(
      loadConfig({ SMTP_HOST: "smtp.school.example", MAIL_FROM: "twinning@school.example" }).mail,
    ).toEqual({
      host: "smtp.school.example",
      port: 587,
      secure: false,
      user: undefined,
      password: undefined,
      from: "twinning@school.example",
    });
    const tls = loadConfig({
      SMTP_HOST: "smtp.school.example",
      SMTP_PORT: "465",
      SMTP_SECURE: "true",
      SMTP_USER: "twinning",
      SMTP_PASSWORD: "s3cret-password",
      MAIL_FROM: "twinning@school.example",
    }).mail;
    expect(tls).toMatchObject({ port: 465, secure: true, user: "twinning", password: "s3cret-password" });
  });

  it("names what to fix, without repeating the password", () => {
    const load = (env: NodeJS.ProcessEnv) => () => loadConfig(env);
    expect(load({ SMTP_HOST: "smtp.school.example" })).toThrow(/MAIL_FROM must be set when SMTP_HOST is/);
    expect(load({ SMTP_HOST: "smtp.school.example", MAIL_FROM: "nobody" })).toThrow(
      /MAIL_FROM must be the sender's e-mail address/,
    );
    expect(load({ SMTP_SECURE: "yes" })).toThrow(/SMTP_SECURE must be "true"/);
    try {
      loadConfig({ SMTP_HOST: "smtp.school.example", SMTP_PORT: "smtp", SMTP_PASSWORD: "s3cret-password" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect(String(error)).toContain("SMTP_PORT must be a port number");
      expect(String(error)).not.toContain("s3cret-password");
    }
  });
});
