/**
 * `/healthz` probed from a process of its own: the benchmark's process is busy reading the
 * load clients' pages, and a probe there would time its own event loop, not the server.
 * Arguments: the URL, how many probes, the pause between them (ms). Prints the latencies
 * (ms) as one JSON array.
 */
const [url, count, pauseMs] = process.argv.slice(2);
if (!url) throw new Error("usage: probe.ts URL COUNT PAUSE_MS");
const latencies: number[] = [];
for (let i = 0; i < Number(count ?? 100); i++) {
  const started = performance.now();
  const response = await fetch(url);
  await response.text();
  if (response.status === 200) latencies.push(performance.now() - started);
  await new Promise((resolve) => setTimeout(resolve, Number(pauseMs ?? 20)));
}
console.log(JSON.stringify(latencies));
