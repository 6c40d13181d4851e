-- wrk reporter: one line per run with throughput and the latency percentiles we publish.
done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("%7d requests %7.0f req/s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   errors %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
