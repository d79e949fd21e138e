// Preloaded with --import: reports the process's peak resident memory on exit, for the benchmarks.
process.on('exit', () => {
  process.stderr.write(`\nMLOPS_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
