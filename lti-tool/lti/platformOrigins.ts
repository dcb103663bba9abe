import type { Knex } from "knex";

/** How long the list is kept: a platform registered by `npm run admin` shows up after this. */
const CACHE_MS = 60_000;

/**
 * The origins of the registered platforms (their issuer and authorisation URLs), which may
 * frame the tool: the CSP's `frame-ancestors` lists them instead of `*`. Read from
 * `lti_platforms` at most once a minute; a registration through the tool forgets the cache
 * at once.
 */
export class PlatformOrigins {
  private readonly knex: Knex;
  private readonly now: () => number;
  private cached: { origins: Promise<string[]>; until: number } | undefined;

  constructor(knex: Knex, now: () => number = Date.now) {
    this.knex = knex;
    this.now = now;
  }

  current(): Promise<string[]> {
    if (!this.cached || this.cached.until <= this.now()) {
      const origins = this.read();
      this.cached = { origins, until: this.now() + CACHE_MS };
      // A failed read is not kept: the next request tries again.
      origins.catch(() => this.forget());
    }
    return this.cached.origins;
  }

  forget(): void {
    this.cached = undefined;
  }

  private async read(): Promise<string[]> {
    const rows = (await this.knex("lti_platforms").select("platform_url", "auth_endpoint")) as {
      platform_url: string;
      auth_endpoint: string;
    }[];
    const origins = new Set<string>();
    for (const url of rows.flatMap((row) => [row.platform_url, row.auth_endpoint])) {
      const origin = httpOrigin(url);
      if (origin) origins.add(origin);
    }
    return [...origins].sort();
  }
}

/** The origin of an http(s) URL; anything else (a typo, another scheme) frames nothing. */
function httpOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
