import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP } from "node:net";

/**
 * Every request the tool makes to an address a platform or an admin gave us (OpenID
 * configuration, registration endpoint, JWKS) goes through here, so that nobody can make
 * the tool fetch internal services (SSRF): https only, no redirects, a timeout and a size
 * limit, and the resolved address must be public. The check runs in the socket's DNS
 * lookup, so a name that resolves to a public address for a check and to a private one for
 * the connection (DNS rebinding) is refused too. Development may allow private addresses
 * and plain http (ALLOW_PRIVATE_REGISTRATION_URLS=true).
 */
export interface OutboundPolicy {
  allowPrivateAddresses: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export type OutboundFailure =
  | "bad_url"
  | "private_address"
  | "redirect"
  | "too_large"
  | "timeout"
  | "http_status"
  | "not_json"
  | "network";

export class OutboundError extends Error {
  readonly reason: OutboundFailure;
  readonly url: string;
  constructor(reason: OutboundFailure, url: string, detail = "") {
    super(`${reason}: ${url}${detail ? ` (${detail})` : ""}`);
    this.name = "OutboundError";
    this.reason = reason;
    this.url = url;
  }
}

const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const) {
  PRIVATE.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const) {
  PRIVATE.addSubnet(network, prefix, "ipv6");
}

/** Loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast, reserved. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return isPrivateAddress(mapped[1]);
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, "ipv4");
  if (family === 6) return PRIVATE.check(address, "ipv6");
  return true;
}

export interface OutboundResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface OutboundRequest {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/** Checks the URL's form (scheme, literal private addresses) before any connection. */
export function checkOutboundUrl(raw: string, policy: OutboundPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundError("bad_url", raw.slice(0, 200));
  }
  const https = url.protocol === "https:";
  if (!https && !(policy.allowPrivateAddresses && url.protocol === "http:")) {
    throw new OutboundError("bad_url", raw, "https required");
  }
  if (url.username || url.password) throw new OutboundError("bad_url", raw, "credentials in URL");
  const host = url.hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "");
  const local = host === "localhost" || host.endsWith(".localhost");
  if (!policy.allowPrivateAddresses && (local || (isIP(host) && isPrivateAddress(host)))) {
    throw new OutboundError("private_address", raw);
  }
  return url;
}

export async function outboundRequest(
  raw: string,
  policy: OutboundPolicy,
  init: OutboundRequest = {},
): Promise<OutboundResponse> {
  const url = checkOutboundUrl(raw, policy);
  const maxBytes = policy.maxBytes ?? 256 * 1024;
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.method ?? "GET",
        headers: { "user-agent": "OpenTwinning", ...init.headers },
        timeout: policy.timeoutMs ?? 10_000,
        signal: init.signal,
        lookup: policy.allowPrivateAddresses ? undefined : publicOnlyLookup,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400) {
          res.resume();
          reject(new OutboundError("redirect", raw, `status ${status}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            req.destroy(new OutboundError("too_large", raw));
            return;
          }
          chunks.push(chunk);
        });
        res.on("end", () =>
          resolve({ status, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new OutboundError("timeout", raw)));
    req.on("error", (error) =>
      reject(error instanceof OutboundError ? error : new OutboundError("network", raw, error.message)),
    );
    req.end(init.body);
  });
}

/** A JSON request; anything but a 2xx JSON answer is an OutboundError. */
export async function outboundJson(
  url: string,
  policy: OutboundPolicy,
  init: OutboundRequest = {},
): Promise<unknown> {
  const response = await outboundRequest(url, policy, init);
  if (response.status < 200 || response.status >= 300) {
    throw new OutboundError("http_status", url, `status ${response.status}: ${response.text.slice(0, 300)}`);
  }
  try {
    return JSON.parse(response.text) as unknown;
  } catch {
    throw new OutboundError("not_json", url);
  }
}

/** A fetch() for libraries that take one (jose's JWKS), with the same guard. */
export function outboundFetch(policy: OutboundPolicy) {
  return async (url: string, options: { headers?: Headers; signal?: AbortSignal }): Promise<Response> => {
    const headers: Record<string, string> = {};
    options.headers?.forEach((value, name) => {
      headers[name] = value;
    });
    const response = await outboundRequest(url, policy, { headers, signal: options.signal });
    return new Response(response.text, { status: response.status });
  };
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

function publicOnlyLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused) return callback(new OutboundError("private_address", hostname, refused.address), []);
    if ((options as { all?: boolean }).all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(new OutboundError("network", hostname, "no address"), []);
    callback(null, first.address, first.family);
  });
}
