#!/usr/bin/env node
// Runs a TypeScript entry point with Node's built-in type stripping (Node >= 22.13, which also has node:sqlite without a flag).
// Node 22 needs the flag; Node 23.6+ strips types by default and accepts it too.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(
    `OpenTwinning needs Node.js 22.13 or newer (24 LTS recommended); this is ${process.version}. ` +
      "Install a newer Node.js and run the command again.",
  );
  process.exit(1);
}
const flags = ["--experimental-strip-types", "--disable-warning=ExperimentalWarning"];
// An optional .env in the working directory; variables already in the environment win.
if (existsSync(".env")) flags.push("--env-file=.env");
const child = spawn(process.execPath, [...flags, ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
