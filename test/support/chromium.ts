import { execFileSync } from "node:child_process";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync } from "node:zlib";
import { announce, cacheDir, cachedFolder } from "./cache.ts";

/**
 * The headless Chromium the browser tests drive: `CHROMIUM_PATH` when set, otherwise the
 * build that ships inside the npm package @sparticuz/chromium (a devDependency), the same
 * on every machine and fetched by `npm ci` like any other package. It needs nothing from the
 * machine but glibc: the package brings NSS, expat and fonts, unpacked once (brotli, tar)
 * into the cache folder next to a small launcher that points the browser at them.
 */
export async function chromiumExecutable(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  // The package exports only its module (build/index.js): its folder is two levels up.
  const packageDir = dirname(dirname(fileURLToPath(import.meta.resolve("@sparticuz/chromium"))));
  const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    version: string;
  };
  const target = join(cacheDir(), `chromium-${version}`);
  await cachedFolder(target, (partial) => {
    announce(
      `unpacking Chromium ${version} from the npm package @sparticuz/chromium into ${target} (once) …`,
    );
    unpack(join(packageDir, "bin"), partial, target);
  });
  return join(target, "chromium");
}

/** Unpacks the package's archives into `partial`, with paths written for `target` (its final name). */
function unpack(bin: string, partial: string, target: string): void {
  const inflate = (name: string) => brotliDecompressSync(readFileSync(join(bin, name)));
  writeFileSync(join(partial, "chromium-bin"), inflate("chromium.br"), { mode: 0o755 });
  // al2023: the shared libraries (NSS, expat) the browser needs beyond glibc; fonts: Open Sans.
  for (const archive of ["al2023.tar.br", "fonts.tar.br"]) {
    execFileSync("tar", ["-x", "-C", partial], { input: inflate(archive), maxBuffer: 1 << 30 });
  }
  writeFileSync(
    join(partial, "fonts.conf"),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
      `  <dir>${target}/fonts</dir>\n  <dir>/usr/share/fonts</dir>\n  <cachedir>${target}/fonts-cache</cachedir>\n</fontconfig>\n`,
  );
  // playwright-core starts one executable: this launcher gives the browser its libraries and fonts.
  const launcher = join(partial, "chromium");
  writeFileSync(
    launcher,
    `#!/bin/sh\nLD_LIBRARY_PATH="${target}/lib" FONTCONFIG_PATH="${target}" exec "${target}/chromium-bin" "$@"\n`,
  );
  chmodSync(launcher, 0o755);
}
