package io.llmbench.e2e;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.llmbench.LlmDsl.arrivals;
import static io.llmbench.LlmDsl.llm;
import static io.llmbench.backend.Backends.SGLANG_OAI;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.llmbench.gatling.LlmArrivals;
import java.util.Map;

/** A scenario paced by a seeded Poisson schedule, behind a concurrency cap. */
public class DslArrivalsSimulation extends Simulation {
  static final Map<String, Object> SCHEDULE = Map.of("request-rate", 40, "num-prompts", 24, "seed", 7);

  LlmArrivals poisson = arrivals(SCHEDULE);
  ScenarioBuilder paced = scenario("paced")
      .exec(poisson.next()).exec(llm("q").prompt("Hello there").maxTokens(4));

  {
    setUp(paced.injectOpen(atOnceUsers(poisson.size())))
        .protocols(llm.baseUrl(System.getProperty("target")).backend(SGLANG_OAI).model("m").tokenizer("builtin:gpt2")
            .maxConcurrency(4))
        .assertions(global().failedRequests().count().is(0L));
  }
}
