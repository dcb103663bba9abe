/**
 * The routes an Express app registers, read from its router stack (Express 4: `app._router.stack`),
 * as "METHOD /path/:param" strings. Mounted routers (`app.use("/app", router)`) are walked with their
 * mount path, which Express 4 keeps only as a regular expression; mount paths here are plain
 * words, so the expression is turned back into its path. Static files and middleware are not routes.
 */
import type { Express } from "express";

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  name: string;
  regexp: RegExp & { fast_slash?: boolean };
  handle: { stack?: Layer[] };
}

export function registeredRoutes(app: Express): string[] {
  const stack = (app as unknown as { _router: { stack: Layer[] } })._router.stack;
  return [...new Set(walk(stack, ""))].sort();
}

function walk(stack: Layer[], prefix: string): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const methods = Object.keys(layer.route.methods).filter((m) => m !== "_all");
      return [layer.route.path]
        .flat()
        .flatMap((path) => methods.map((m) => `${m.toUpperCase()} ${joinPath(prefix, path)}`));
    }
    if (layer.name === "router" && layer.handle.stack)
      return walk(layer.handle.stack, prefix + mountPath(layer));
    return [];
  });
}

/** `/^\/app\/?(?=\/|$)/i` → "/app"; the root mount (fast_slash) → "". */
function mountPath(layer: Layer): string {
  if (layer.regexp.fast_slash) return "";
  const source = layer.regexp.source.replace(/^\^/, "").replace(/\\\/\?\(\?=\\\/\|\$\)$/, "");
  const path = source.replace(/\\\//g, "/");
  if (!/^[/\w-]*$/.test(path)) throw new Error(`cannot read the mount path of ${layer.regexp.source}`);
  return path;
}

function joinPath(prefix: string, path: string): string {
  const joined = `${prefix}${path}`.replace(/\/+$/, "");
  return joined === "" ? "/" : joined;
}
