package io.llmbench;

import io.gatling.javaapi.core.CheckBuilder;
import io.llmbench.config.ConfigLoader;
import io.llmbench.gatling.LlmArrivals;
import io.llmbench.gatling.LlmChecks;
import io.llmbench.gatling.LlmProtocolBuilder;
import io.llmbench.gatling.LlmRequestBuilder;
import io.llmbench.gatling.LlmWorkload;
import java.util.Map;

/**
 * The LLM protocol in Gatling's Java DSL, as {@code HttpDsl} is for HTTP: {@code llm} configures the protocol,
 * {@code llm("name")} is a request, and the checks read the finished request.
 *
 * <pre>{@code
 * import static io.gatling.javaapi.core.CoreDsl.*;
 * import static io.llmbench.LlmDsl.*;
 *
 * ScenarioBuilder scn = scenario("chat")
 *     .feed(listFeeder(List.of(Map.of("q", "Tell me a story"))).circular())
 *     .exec(llm("ask").prompt("#{q}").maxTokens(16).check(ttft().lt(10_000), outputTokens().is(16)));
 * setUp(scn.injectOpen(constantUsersPerSec(10).during(3)))
 *     .protocols(llm.baseUrl("http://127.0.0.1:30000").backend("sglang-oai-chat").model("m").tokenizer("builtin:gpt2"));
 * }</pre>
 */
public final class LlmDsl {
  private LlmDsl() {}

  /** The protocol: target, backend, model, tokenizer and any other {@code llmbench} option of a request. */
  public static final LlmProtocolBuilder llm = LlmProtocolBuilder.EMPTY;

  /** One LLM request, named as its row in Gatling's report and its results in the session ({@code llm.<name>}). */
  public static LlmRequestBuilder llm(String name) {
    return LlmRequestBuilder.named(name);
  }

  /**
   * A bench_serving workload from the {@code llmbench.*} options (dataset, seeded arrivals, concurrency cap,
   * warm-up), with {@code defaults} under them: its {@code population()}, {@code protocol()} and
   * {@code assertions()} make a whole simulation. Prepares the dataset now (Gatling needs the number of users).
   */
  public static LlmWorkload workload(Map<String, ?> defaults, String runName) {
    return LlmWorkload.prepare(ConfigLoader.load(defaults), runName);
  }

  /**
   * A seeded arrival schedule for a scenario's own requests, from {@code llmbench} arrival options
   * ({@code request-rate}, {@code arrival-profile}, {@code burstiness}, {@code ramp-up-*}, {@code seed}) and
   * {@code num-prompts} arrivals: {@code exec(arrivals.next())} before an {@code llm(...)} request sends it at the
   * user's intended time.
   */
  public static LlmArrivals arrivals(Map<String, ?> options) {
    return LlmArrivals.of(options);
  }

  /** Time to first token, whole ms. */
  public static CheckBuilder.Find<Integer> ttft() {
    return LlmChecks.ttft();
  }

  /** The largest inter-token (inter-chunk) gap, whole ms: a bound on it holds for every gap. */
  public static CheckBuilder.Find<Integer> itl() {
    return LlmChecks.itl();
  }

  /** Time per output token, whole ms. */
  public static CheckBuilder.Find<Integer> tpot() {
    return LlmChecks.tpot();
  }

  /** End-to-end latency, whole ms. */
  public static CheckBuilder.Find<Integer> e2e() {
    return LlmChecks.e2e();
  }

  /** Output tokens (the server's count when it reports usage). */
  public static CheckBuilder.Find<Integer> outputTokens() {
    return LlmChecks.outputTokens();
  }

  /** The generated text. */
  public static CheckBuilder.Find<String> text() {
    return LlmChecks.text();
  }
}
