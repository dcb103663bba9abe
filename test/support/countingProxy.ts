import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A proxy in front of the homeserver that counts every Matrix call, by method and path shape (ids as `…`). */
export interface CountingProxy {
  url: string;
  calls: Map<string, number>;
  total(): number;
  close(): void;
}

/** Forwards every request to `target`, counting them: what the bot asks of the homeserver, seen on the wire. */
export async function countingProxy(target: string): Promise<CountingProxy> {
  const calls = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const shape = `${req.method} ${(req.url ?? "").split("?")[0]!.replace(/\/(![^/]+|@[^/]+|\$[^/]+|%21[^/]+|%40[^/]+|%24[^/]+|m\d+\.\d+|[\w.-]*\d{6,}[\w.-]*|[\w-]*[0-9a-f]{24,})/g, "/…")}`;
    calls.set(shape, (calls.get(shape) ?? 0) + 1);
    const forward = request(
      new URL(req.url ?? "/", target),
      { method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    total: () => [...calls.values()].reduce((a, b) => a + b, 0),
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
