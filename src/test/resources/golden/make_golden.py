"""Writes the golden files of io.llmbench.report tests with Python itself as the oracle.

Stdlib only (python3 make_golden.py, run in this directory). The fixtures mirror
src/test/java/io/llmbench/report/GoldenRuns.java. Statistics follow NumPy's definitions for
small arrays (fewer than 8 values: NumPy's pairwise sum is a plain left-to-right sum from 0.0;
np.percentile linear method with NumPy's _lerp). The console lines and the JSON record copy the
print/format statements and key order of sglang/benchmark/serving.py @ 00f9ec47, then our extras.
"""
import json
import math


def np_sum(a):
    assert len(a) < 8, "fixture arrays stay below NumPy's pairwise threshold"
    r = 0.0
    for x in a:
        r += x
    return 0.0 + r


def np_mean(a):
    return np_sum(a) / len(a) if a else 0.0


def np_std(a):
    if not a:
        return 0.0
    m = np_mean(a)
    return math.sqrt(np_sum([(x - m) * (x - m) for x in a]) / len(a))


def np_median(a):
    if not a:
        return 0.0
    s = sorted(a)
    n = len(s)
    return s[n // 2] if n % 2 else (0.0 + s[n // 2 - 1] + s[n // 2]) / 2


def np_percentile(a, q):
    if not a:
        return 0.0
    s = sorted(a)
    n = len(s)
    v = (n - 1) * (q / 100)
    if v >= n - 1:
        return s[-1]
    lo = math.floor(v)
    g = v - lo
    d = s[lo + 1] - s[lo]
    return s[lo + 1] - d * (1 - g) if g >= 0.5 else s[lo] + d * g


def dist(a):
    return dict(
        mean=np_mean(a) * 1000, median=np_median(a) * 1000, std=np_std(a) * 1000,
        p90=np_percentile(a, 90) * 1000, p95=np_percentile(a, 95) * 1000,
        p99=np_percentile(a, 99) * 1000, max=(max(a) if a else 0.0) * 1000)


def outcome(success, error, prompt_len, server_prompt_len, output_len, retok, sched, start,
            ttft, latency, itl, per_token_itl, text):
    return dict(success=success, error=error, prompt_len=prompt_len,
                server_prompt_len=server_prompt_len, output_len=output_len, retok=retok,
                sched=sched, start=start, ttft=ttft, latency=latency, itl=itl,
                per_token_itl=per_token_itl, text=text)


def metrics(outs, dur):
    s = [o for o in outs if o["success"]]
    m = dict(dur=dur, completed=len(s))
    m["total_input"] = sum(o["prompt_len"] for o in s)
    m["total_output"] = sum(o["output_len"] for o in s)
    m["total_output_retokenized"] = sum(o["retok"] for o in s)
    m["request_throughput"] = len(s) / dur
    m["input_throughput"] = m["total_input"] / dur
    m["output_throughput"] = m["total_output"] / dur
    m["total_throughput"] = (m["total_input"] + m["total_output"]) / dur
    m["e2e"] = dist([o["latency"] for o in s])
    m["ttft"] = dist([o["ttft"] for o in s])
    m["tpot"] = dist([(o["latency"] - o["ttft"]) / (o["output_len"] - 1)
                      for o in s if o["output_len"] > 1])
    m["itl"] = dist([x for o in s for x in o["itl"]])
    m["concurrency"] = np_sum([o["latency"] for o in s]) / dur
    # 1-second buckets, as calculate_metrics
    t0 = min(o["start"] for o in s)
    end = max(o["start"] + o["latency"] for o in s)
    n = int(math.ceil(end - t0)) + 1
    tok = [0] * n
    conc = [0] * n
    for o in s:
        times = [o["start"] + o["ttft"]]
        t = times[0]
        for g in o["itl"]:
            t += g
            times.append(t)
        for t in times:
            b = int(t - t0)
            if 0 <= b < n:
                tok[b] += 1
        for sec in range(int(o["start"] - t0), min(int((o["start"] + o["latency"]) - t0) + 1, n)):
            conc[sec] += 1
    m["max_output_tokens_per_s"] = float(max(tok))
    m["max_concurrent_requests"] = int(max(conc))
    # extras
    m["failed"] = len(outs) - len(s)
    counts = {}
    for o in outs:
        if not o["success"]:
            reason = o["error"].split("\n")[0].strip() or "(no error message)"
            counts[reason] = counts.get(reason, 0) + 1
    m["error_counts"] = dict(sorted(counts.items(), key=lambda kv: -kv[1]))  # stable
    # the most requests in flight at one instant, failed ones included; an end before a start at a tie
    events = sorted([(o["start"], 1) for o in outs] + [(o["start"] + o["latency"], -1) for o in outs],
                    key=lambda ev: (ev[0], ev[1]))
    level = peak = 0
    for _, step in events:
        level += step
        peak = max(peak, level)
    m["peak_overlapping_requests"] = peak
    m["per_token_itl"] = dist([x for o in s for x in o["per_token_itl"]])
    m["ttft_incl_queue"] = dist([o["start"] + o["ttft"] - o["sched"] for o in s])
    m["e2e_latency_incl_queue"] = dist([o["start"] + o["latency"] - o["sched"] for o in s])
    m["queue_wait"] = dist([o["start"] - o["sched"] for o in s])
    return m


def console(run, m):
    lines = []
    p = lines.append
    is_embedding = run["backend"] in ("sglang-embedding", "vllm-embedding")
    # SGLang's block, statement for statement
    p("\n{s:{c}^{n}}".format(s=" Serving Benchmark Result ", n=50, c="="))
    p("{:<40} {:<10}".format("Backend:", run["backend"]))
    p("{:<40} {:<10}".format("Traffic request rate:", "trace" if run["trace"] else run["request_rate"]))
    p("{:<40} {:<10}".format("Max request concurrency:", run["max_concurrency"] if run["max_concurrency"] else "not set"))
    p("{:<40} {:<10}".format("Successful requests:", m["completed"]))
    p("{:<40} {:<10.2f}".format("Benchmark duration (s):", m["dur"]))
    p("{:<40} {:<10}".format("Total input tokens:", m["total_input"]))
    p("{:<40} {:<10}".format("Total input text tokens:", m["total_input"]))
    if run["dataset_name"] in ["image", "mmmu"]:
        p("{:<40} {:<10}".format("Total input vision tokens:", 0))
    if not is_embedding:
        p("{:<40} {:<10}".format("Total generated tokens:", m["total_output"]))
        p("{:<40} {:<10}".format("Total generated tokens (retokenized):", m["total_output_retokenized"]))
    p("{:<40} {:<10.2f}".format("Request throughput (req/s):", m["request_throughput"]))
    p("{:<40} {:<10.2f}".format("Input token throughput (tok/s):", m["input_throughput"]))
    if not is_embedding:
        p("{:<40} {:<10.2f}".format("Output token throughput (tok/s):", m["output_throughput"]))
        p("{:<40} {:<10.2f}".format("Peak output token throughput (tok/s):", m["max_output_tokens_per_s"]))
    p("{:<40} {:<10}".format("Peak concurrent requests:", m["max_concurrent_requests"]))
    if not is_embedding:
        p("{:<40} {:<10.2f}".format("Total token throughput (tok/s):", m["total_throughput"]))
    p("{:<40} {:<10.2f}".format("Concurrency:", m["concurrency"]))
    if run["accept_length"]:
        p("{:<40} {:<10.2f}".format("Accept length:", run["accept_length"]))

    def section(title, name, d, with_max, stats=("Mean", "Median", "P90", "P95", "P99")):
        p("{s:{c}^{n}}".format(s=title, n=50, c="-"))
        for stat in stats + (("Max",) if with_max else ()):
            p("{:<40} {:<10.2f}".format(f"{stat} {name} (ms):", d[stat.lower()]))

    section("End-to-End Latency", "E2E Latency", m["e2e"], False)
    if not is_embedding:
        section("Time to First Token", "TTFT", m["ttft"], False)
        section("Time per Output Token (excl. 1st token)", "TPOT", m["tpot"], False)
        section("Inter-Token Latency", "ITL", m["itl"], True)
    p("=" * 50)
    # our block
    p("{s:{c}^{n}}".format(s=" llmbench: beyond SGLang ", n=50, c="="))
    p("{:<40} {:<10}".format("Failed requests:", m["failed"]))
    for reason, count in m["error_counts"].items():  # fixtures have at most 5 reasons
        label = reason if len(reason) <= 37 else reason[:34] + "..."
        p("{:<40} {:<10}".format(f"  {label}:", count))
    p("{:<40} {:<10}".format("Peak overlapping requests:", m["peak_overlapping_requests"]))
    queue = ("Mean", "Median", "P90", "P99")
    if not is_embedding:
        section("Per-Token Inter-Token Latency", "per-token ITL", m["per_token_itl"], True)
        section("TTFT incl. Queue Wait", "TTFT incl. queue", m["ttft_incl_queue"], True, queue)
    section("E2E Latency incl. Queue Wait", "E2E incl. queue", m["e2e_latency_incl_queue"], True, queue)
    section("Queue Wait (scheduled to sent)", "queue wait", m["queue_wait"], True, queue)
    p("=" * 50)
    return "\n".join(lines) + "\n"


def record(run, m, outs):
    r = {
        "tag": run["tag"], "backend": run["backend"], "dataset_name": run["dataset_name"],
        "request_rate": "trace" if run["trace"] else run["request_rate"],
        "max_concurrency": run["max_concurrency"],
        "sharegpt_output_len": run["sharegpt_output_len"],
        "random_input_len": run["random_input_len"],
        "random_output_len": run["random_output_len"],
        "random_range_ratio": run["random_range_ratio"],
        "server_info": run["server_info"],
        "duration": m["dur"], "completed": m["completed"],
        "total_input_tokens": m["total_input"], "total_input_text_tokens": m["total_input"],
        "total_input_vision_tokens": 0, "total_output_tokens": m["total_output"],
        "total_output_tokens_retokenized": m["total_output_retokenized"],
        "request_throughput": m["request_throughput"], "input_throughput": m["input_throughput"],
        "output_throughput": m["output_throughput"], "total_throughput": m["total_throughput"],
    }
    for fam, key in [("e2e", "e2e_latency"), ("ttft", "ttft"), ("tpot", "tpot"), ("itl", "itl")]:
        for stat in ("mean", "median", "std", "p90", "p95", "p99"):
            r[f"{stat}_{key}_ms"] = m[fam][stat]
    r["concurrency"] = m["concurrency"]
    r["accept_length"] = run["accept_length"]
    r["max_output_tokens_per_s"] = m["max_output_tokens_per_s"]
    r["max_concurrent_requests"] = m["max_concurrent_requests"]
    if run["output_details"]:
        r["input_lens"] = [o["server_prompt_len"] for o in outs]
        r["output_lens"] = [o["output_len"] if o["success"] else 0 for o in outs]
        r["ttfts"] = [o["ttft"] for o in outs]
        r["itls"] = [o["itl"] for o in outs]
        r["generated_texts"] = [o["text"] for o in outs]
        r["errors"] = [o["error"] for o in outs]
    r["failed"] = m["failed"]
    r["error_counts"] = m["error_counts"]
    r["peak_overlapping_requests"] = m["peak_overlapping_requests"]
    for stat in ("mean", "median", "std", "p90", "p95", "p99", "max"):
        r[f"{stat}_per_token_itl_ms"] = m["per_token_itl"][stat]
    for fam in ("ttft_incl_queue", "e2e_latency_incl_queue", "queue_wait"):
        for stat in ("mean", "median", "p90", "p99", "max"):
            r[f"{stat}_{fam}_ms"] = m[fam][stat]
    r["client_cpu_cores"] = None  # the fixtures carry no client load
    return r


SERVER_INFO = ('{"version": "0.5.4", "max_total_num_tokens": 65536, "chunked_prefill_size": 8192.0, '
               '"internal_states": [{"avg_spec_accept_length": 2.5}], "note": "caf\\u00e9 \\u2615", '
               '"big": 12345678901234567890, "tiny": 1e-7}')

BASIC_RUN = dict(backend="sglang", dataset_name="random", request_rate=4.0, trace=False,
                 max_concurrency=2, tag="golden", sharegpt_output_len=None, random_input_len=1024,
                 random_output_len=128, random_range_ratio=0.0,
                 server_info=json.loads(SERVER_INFO), accept_length=2.5, output_details=True)
BASIC_OUTCOMES = [
    outcome(True, "", 100, 101, 4, 4, 0.0, 0.0, 0.25, 1.0, [0.25, 0.25, 0.25], [0.25, 0.25, 0.25], "Hello"),
    outcome(True, "", 200, 200, 3, 2, 0.25, 0.5, 0.5, 1.5, [1.0], [0.5, 0.5], " world"),
    outcome(False, "Internal Server Error: boom", 50, 50, 0, 0, 0.5, 0.5, 0.0, 0.0, [], [], ""),
    outcome(True, "", 300, 300, 1, 1, 1.0, 1.75, 0.75, 0.75, [], [], "\u00e9\n\"q\"\U0001F600"),
    outcome(False, "Internal Server Error: boom", 60, 60, 0, 0, 1.25, 1.25, 0.0, 0.0, [], [], ""),
    outcome(False, "java.net.ConnectException: Connection refused\n\tat Foo.bar(Foo.java:1)",
            70, 70, 0, 0, 1.5, 1.5, 0.0, 0.0, [], [], ""),
]
BASIC_DURATION = 4.2

EMBEDDING_RUN = dict(backend="vllm-embedding", dataset_name="sharegpt", request_rate=float("inf"),
                     trace=False, max_concurrency=None, tag=None, sharegpt_output_len=None,
                     random_input_len=1024, random_output_len=1024, random_range_ratio=0.0,
                     server_info=None, accept_length=None, output_details=False)
EMBEDDING_OUTCOMES = [
    outcome(True, "", 10, 10, 0, 0, 0.0, 0.0, 0.0, 0.5, [], [], ""),
    outcome(True, "", 20, 20, 0, 0, 0.0, 0.125, 0.0, 0.25, [], [], ""),
]
EMBEDDING_DURATION = 1.0

if __name__ == "__main__":  # make_golden_vllm.py imports the statistics and fixtures
    for name, run, outs, dur in [("basic", BASIC_RUN, BASIC_OUTCOMES, BASIC_DURATION),
                                 ("embedding", EMBEDDING_RUN, EMBEDDING_OUTCOMES, EMBEDDING_DURATION)]:
        m = metrics(outs, dur)
        with open(f"console-{name}.txt", "w", newline="") as f:
            f.write(console(run, m))
        with open(f"jsonl-{name}.jsonl", "w", newline="") as f:
            f.write(json.dumps(record(run, m, outs)) + "\n")
