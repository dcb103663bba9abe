/**
 * People in headless Chromium (the npm package's build, see chromium.ts; through playwright-core), each in a browser context
 * of their own, and what a person notices about a page: its text, and whether axe-core
 * finds a serious or critical WCAG 2.1 A/AA violation on it. Every page a `Visitor` reaches
 * (goto, a followed link, a sent form) is audited with axe as soon as it has loaded, and
 * checked for texts left in another language.
 *
 *   const browser = await launchChromium();
 *   const giulia = await Visitor.open(browser, { locale: "it", tool: tool.url });
 *   await giulia.launch(platform.launchUrl({ ... }), "/app");   // through the LMS's auto-posts
 *   await giulia.follow(giulia.page.getByRole("link", { name: "Trova partner" }));
 *   await giulia.screenshot("search");                    // test-output/screenshots/it-search.png
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { expect } from "vitest";
import { chromiumExecutable } from "./chromium.ts";

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumExecutable(),
    args: ["--no-sandbox", "--disable-background-networking"],
  });
}

/** axe-core's browser bundle, loaded into the tool's pages by `Visitor.open`. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const SCREENSHOTS = new URL("../../test-output/screenshots/", import.meta.url).pathname;

/**
 * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page, one line
 * each with the elements concerned. The page is audited as it is served, CSP included.
 */
async function accessibilityProblems(page: Page): Promise<string[]> {
  const results = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(
        document,
        { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] },
      ),
    WCAG_21_AA,
  )) as AxeResults;
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(" "))
          .join(", ")}`,
    );
}

/**
 * What the page says besides its visible text: its title, and the labels, hints and texts a
 * screen reader or a hovering pointer gives (aria-label, title, placeholder, alt).
 */
async function spokenText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.title,
      ...Array.from(document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")).flatMap(
        (element) =>
          ["aria-label", "title", "placeholder", "alt"].map((name) => element.getAttribute(name) ?? ""),
      ),
    ]
      .join(" ")
      .replace(/\s+/g, " "),
  );
}

/** The text of an element as a person reads it (rendered text, whitespace collapsed). */
export async function textOf(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, " ").trim();
}

export interface VisitorOptions {
  locale: string;
  /** The tool's origin (http://host:port). */
  tool: string;
  /** Texts of another language that must not show on the tool's pages (untranslated strings). */
  untranslated?: readonly string[];
  /** The language every page of the tool must declare (`<html lang>`), when the test cares. */
  lang?: string;
}

/** One person at their own browser (a separate context: their own cookies), in their language. */
export class Visitor {
  readonly page: Page;
  readonly locale: string;
  /** The tool's origin: its pages are audited, the LMS's are not ours to judge. */
  readonly #tool: string;
  readonly #untranslated: readonly string[];
  readonly #lang: string | undefined;

  private constructor(page: Page, locale: string, options: VisitorOptions) {
    this.page = page;
    this.locale = locale;
    this.#tool = options.tool;
    this.#untranslated = options.untranslated ?? [];
    this.#lang = options.lang;
  }

  static async open(browser: Browser, options: VisitorOptions): Promise<Visitor> {
    const context = await browser.newContext({
      locale: options.locale,
      viewport: { width: 1000, height: 800 },
    });
    context.setDefaultTimeout(10_000);
    // axe-core is loaded into each of the tool's pages as it opens: an init script is added
    // through the DevTools protocol, which the pages' strict CSP does not govern (an injected
    // <script> would be blocked), so no bypassCSP is needed. The LMS's pages go without.
    await context.addInitScript({
      content: `if (location.origin === ${JSON.stringify(options.tool)}) {\n${AXE_SOURCE}\n}`,
    });
    return new Visitor(await context.newPage(), options.locale, options);
  }

  async goto(url: string): Promise<void> {
    await this.#loading(() => this.page.goto(url));
  }

  /**
   * Clicks a link or a form's button and waits for the page it leads to, or, when the page
   * sends the browser on by itself (an auto-posted form), until it arrives at `until`.
   */
  async follow(target: Locator, until?: string): Promise<void> {
    await this.#loading(() => target.click(), until);
  }

  /** Waits for the next page to load after `act` (several, when redirects or auto-posts chain). */
  async #loading(act: () => Promise<unknown>, until?: string): Promise<void> {
    await Promise.all([this.page.waitForEvent("load"), act()]);
    if (until) await this.page.waitForURL(until);
    await this.#audit();
  }

  /** Opens an LTI launch page of the LMS and waits until the tool shows `landing` (a path). */
  async launch(launchUrl: string, landing: string): Promise<void> {
    await this.#loading(() => this.page.goto(launchUrl), `${this.#tool}${landing}`);
  }

  /**
   * Posts a form the page does not offer (what a person could do with the developer tools),
   * with the session's CSRF token taken from a form of the current page, and waits for the answer.
   */
  async forge(action: string, fields: Record<string, string>): Promise<void> {
    const csrf = await this.page.locator('input[name="_csrf"]').first().inputValue();
    await this.#loading(() =>
      this.page.evaluate(
        ({ action, fields }) => {
          const form = document.createElement("form");
          form.method = "post";
          form.action = action;
          for (const [name, value] of Object.entries(fields)) {
            const input = form.appendChild(document.createElement("input"));
            input.type = "hidden";
            input.name = name;
            input.value = value;
          }
          document.body.append(form);
          form.submit();
        },
        { action, fields: { ...fields, _csrf: csrf } },
      ),
    );
  }

  /** What a person would notice on the tool's page: accessibility problems, foreign texts. */
  async #audit(): Promise<void> {
    const url = this.page.url();
    if (!url.startsWith(this.#tool)) return;
    expect.soft(await accessibilityProblems(this.page), `accessibility of ${url}`).toEqual([]);
    if (this.#lang)
      expect.soft(await this.page.locator("html").getAttribute("lang"), `lang of ${url}`).toBe(this.#lang);
    if (this.#untranslated.length === 0) return;
    const text = `${await textOf(this.page.locator("body"))} ${await spokenText(this.page)}`;
    expect
      .soft(
        this.#untranslated.filter((foreign) => text.includes(foreign)),
        `untranslated on ${url}`,
      )
      .toEqual([]);
  }

  /**
   * Saves test-output/screenshots/<locale>-<name>.png: the whole page, what the window shows
   * (its top, 1000 × 800), or one part of the page.
   */
  async screenshot(name: string, scope: "page" | "window" | Locator = "page"): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = `${SCREENSHOTS}${this.locale}-${name}.png`;
    await (typeof scope === "string"
      ? this.page.screenshot({ path, fullPage: scope === "page" })
      : scope.screenshot({ path }));
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
