"""Writes the golden files of io.llmbench.report.VllmReportTest with Python itself as the oracle.

Stdlib only (python3 make_golden_vllm.py, run in this directory). The fixtures are make_golden.py's outcomes,
mirrored in src/test/java/io/llmbench/report/GoldenRuns.java. The figures follow vllm/benchmarks/serve.py
(calculate_metrics, benchmark, main_async) as described in docs/vllm-mode.md: its console lines use its format
strings, its result dict its key order, written with json.dump (no trailing newline). Only the statistics
(make_golden.py's NumPy re-implementations) are shared with the SGLang oracle.
"""
import json

from make_golden import (BASIC_DURATION, BASIC_OUTCOMES, EMBEDDING_DURATION, EMBEDDING_OUTCOMES, np_mean,
                         np_median, np_percentile, np_std)

MODEL = "org/model-x"
TOKENIZER = "gpt2"
DATE = "20261205-093500"

LABELS = {"ttft": ("TTFT", "Time to First Token"),
          "tpot": ("TPOT", "Time per Output Token (excl. 1st token)"),
          "itl": ("ITL", "Inter-token Latency"),
          "e2el": ("E2EL", "End-to-end Latency"),
          "client_queue_time": ("Client Queue Time", "Client-side Queueing"),
          "e2el_including_client_queue": ("E2EL incl. Client Queue", "Queue-inclusive End-to-end Latency")}


def figures(outs, dur, percentiles, slos):
    """vLLM's calculate_metrics: output length is the server's count, else the retokenized text's."""
    ok = [o for o in outs if o["success"]]
    lens = [(o["output_len"] or o["retok"]) if o["success"] else 0 for o in outs]
    ttfts, tpots, all_tpots, itls, e2els, queue = [], [], [], [], [], []
    for o, n in zip(outs, lens):
        if not o["success"]:
            continue
        tpot = (o["latency"] - o["ttft"]) / (n - 1) if n > 1 else 0.0
        if n > 1:
            tpots.append(tpot)
        all_tpots.append(tpot)
        itls += o["itl"]
        ttfts.append(o["ttft"])
        e2els.append(o["latency"])
        queue.append(o["start"] - o["sched"])
    good = 0
    for ttft, tpot, e2el, o in zip(ttfts, all_tpots, e2els, ok):
        values = {"ttft": ttft, "tpot": tpot, "e2el": e2el}
        if all(slo / 1000 >= values[k] for k, slo in slos.items()):
            good += 1
    # half-open [start, end) sweep: an end sorts before a start at the same instant
    events = sorted([(o["start"], 1) for o in ok] + [(o["start"] + o["latency"], -1) for o in ok])
    level = peak = 0
    for _, step in events:
        level += step
        peak = max(peak, level)
    t0 = min(o["start"] for o in ok)
    n = int(-(-(max(o["start"] + o["latency"] for o in ok) - t0) // 1)) + 1
    tok = [0] * n
    for o in ok:
        t = o["start"] + o["ttft"]
        stamps = [t]
        for g in o["itl"]:
            t += g
            stamps.append(t)
        for t in stamps:
            if 0 <= int(t - t0) < n:
                tok[int(t - t0)] += 1
    total_input = sum(o["prompt_len"] for o in ok)
    total_output = sum(lens)

    def stat(xs):
        return dict(mean=np_mean(xs) * 1000, median=np_median(xs) * 1000, std=np_std(xs) * 1000,
                    ps=[(p, np_percentile(xs, p) * 1000) for p in percentiles])

    return dict(completed=len(ok), failed=len(outs) - len(ok), total_input=total_input,
                total_output=total_output, lens=lens, request_throughput=len(ok) / dur,
                request_goodput=good / dur, output_throughput=total_output / dur,
                total_token_throughput=(total_input + total_output) / dur,
                max_output_tokens_per_s=float(max(tok)), max_concurrent_requests=peak,
                stats={"ttft": stat(ttfts), "tpot": stat(tpots), "itl": stat(itls), "e2el": stat(e2els),
                       "client_queue_time": stat(queue),
                       "e2el_including_client_queue": stat([e + q for e, q in zip(e2els, queue)])})


def report(run, outs, dur):
    pooling = run["backend"].endswith("embedding")
    m = figures(outs, dur, run["percentiles"], run["goodput"])
    lines = []
    p = lines.append
    row = "{:<40} {:<10}".format
    row2f = "{:<40} {:<10.2f}".format
    p("{s:{c}^{n}}".format(s=" Serving Benchmark Result ", n=50, c="="))
    p(row("Successful requests:", m["completed"]))
    p(row("Failed requests:", m["failed"]))
    if run["max_concurrency"] is not None:
        p(row("Maximum request concurrency:", run["max_concurrency"]))
    if run["request_rate"] != float("inf"):
        p(row2f("Request rate configured (RPS):", run["request_rate"]))
    p(row2f("Benchmark duration (s):", dur))
    p(row("Total input tokens:", m["total_input"]))
    if not pooling:
        p(row("Total generated tokens:", m["total_output"]))
    p(row2f("Request throughput (req/s):", m["request_throughput"]))
    if pooling:
        p(row2f("Input throughput (inputs/s):", m["request_throughput"]))
    if run["goodput"] and not pooling:
        p(row2f("Request goodput (req/s):", m["request_goodput"]))
    if not pooling:
        p(row2f("Output token throughput (tok/s):", m["output_throughput"]))
        p(row2f("Peak output token throughput (tok/s):", m["max_output_tokens_per_s"]))
        p(row2f("Peak concurrent requests:", m["max_concurrent_requests"]))
    p(row2f("Total token throughput (tok/s):", m["total_input"] / dur if pooling else m["total_token_throughput"]))

    r = {"date": DATE, "endpoint_type": run["backend"], "backend": run["backend"], "label": run["label"],
         "model_id": MODEL, "tokenizer_id": TOKENIZER, "num_prompts": run["num_prompts"]}
    for item in run["metadata"]:
        k, v = item.split("=", 1)
        r[k.strip()] = v.strip()
    r["request_rate"] = run["request_rate"] if run["request_rate"] < float("inf") else "inf"
    r["burstiness"] = 1.0
    r["max_concurrency"] = run["max_concurrency"]
    if pooling:
        bench = {"duration": dur, "completed": m["completed"], "total_input_tokens": m["total_input"],
                 "total_input_sequences": m["completed"], "request_throughput": m["request_throughput"],
                 "input_sequence_throughput": m["request_throughput"],
                 "total_token_throughput": m["total_input"] / dur,
                 "input_lens": [o["prompt_len"] for o in outs], "latencies": [o["latency"] for o in outs],
                 "queue_times": [o["start"] - o["sched"] for o in outs], "errors": [o["error"] for o in outs]}
    else:
        bench = {"duration": dur, "completed": m["completed"], "failed": m["failed"],
                 "total_input_tokens": m["total_input"], "total_output_tokens": m["total_output"],
                 "request_throughput": m["request_throughput"],
                 "request_goodput": m["request_goodput"] if run["goodput"] else None,
                 "output_throughput": m["output_throughput"], "total_token_throughput": m["total_token_throughput"],
                 "input_lens": [o["prompt_len"] for o in outs], "output_lens": m["lens"],
                 "ttfts": [o["ttft"] for o in outs], "itls": [o["itl"] for o in outs],
                 "latencies": [o["latency"] for o in outs], "start_times": [o["start"] for o in outs],
                 "queue_times": [o["start"] - o["sched"] for o in outs],
                 "generated_texts": [o["text"] for o in outs], "errors": [o["error"] for o in outs],
                 "max_output_tokens_per_s": m["max_output_tokens_per_s"],
                 "max_concurrent_requests": m["max_concurrent_requests"], "rtfx": 0.0}
    order = (["e2el"] if pooling else ["ttft", "tpot", "itl", "e2el"])
    if run["max_concurrency"] is not None:
        order.append("client_queue_time")
        if run["request_rate"] != float("inf"):
            order.append("e2el_including_client_queue")
    for metric in [k for k in order if k in run["metrics"]]:
        name, header = LABELS[metric]
        s = m["stats"][metric]
        p("{s:{c}^{n}}".format(s=header, n=50, c="-"))
        p(row2f(f"Mean {name} (ms):", s["mean"]))
        p(row2f(f"Median {name} (ms):", s["median"]))
        bench[f"mean_{metric}_ms"] = s["mean"]
        bench[f"median_{metric}_ms"] = s["median"]
        bench[f"std_{metric}_ms"] = s["std"]
        for q, value in s["ps"]:
            word = str(int(q)) if int(q) == q else str(q)
            p(row2f(f"P{word} {name} (ms):", value))
            bench[f"p{word}_{metric}_ms"] = value
    p("=" * 50)
    r = {**r, **bench}
    if not run["save_detailed"]:
        for k in ["input_lens", "output_lens", "start_times", "ttfts", "itls", "generated_texts", "errors"]:
            r.pop(k, None)
    return "\n".join(lines) + "\n", json.dumps(r)


RUNS = {
    # goodput: only the first request meets all three (the second's TPOT is 500 ms, the third's TTFT 750 ms);
    # "duration" in metadata keeps its place after num_prompts and takes the benchmark's value, as {**a, **b}
    "vllm-basic": (dict(backend="vllm", label="golden", num_prompts=6, request_rate=4.0, max_concurrency=2,
                        goodput={"ttft": 500.0, "tpot": 300.0, "e2el": 1250.0},
                        metrics=["ttft", "tpot", "itl", "e2el", "client_queue_time", "e2el_including_client_queue"],
                        percentiles=[50.0, 90.0, 99.9], metadata=["version = 0.3.3", "tp=1", "duration=x"],
                        save_detailed=True), BASIC_OUTCOMES, BASIC_DURATION),
    "vllm-default": (dict(backend="vllm", label=None, num_prompts=1000, request_rate=float("inf"),
                          max_concurrency=None, goodput={}, metrics=["ttft", "tpot", "itl"], percentiles=[99.0],
                          metadata=[], save_detailed=False), BASIC_OUTCOMES, BASIC_DURATION),
    "vllm-embedding": (dict(backend="vllm-embedding", label=None, num_prompts=1000, request_rate=float("inf"),
                            max_concurrency=None, goodput={}, metrics=["e2el"], percentiles=[99.0], metadata=[],
                            save_detailed=True), EMBEDDING_OUTCOMES, EMBEDDING_DURATION),
}

if __name__ == "__main__":
    for name, (run, outs, dur) in RUNS.items():
        console, result = report(run, outs, dur)
        with open(f"console-{name}.txt", "w", newline="") as f:
            f.write(console)
        with open(f"result-{name}.json", "w", newline="") as f:
            f.write(result)
