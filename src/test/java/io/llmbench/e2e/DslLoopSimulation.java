package io.llmbench.e2e;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.llmbench.LlmDsl.llm;
import static io.llmbench.LlmDsl.outputTokens;
import static io.llmbench.backend.Backends.SGLANG;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/** A closed workload model with a loop: as many requests as the users get through, none counted twice. */
public class DslLoopSimulation extends Simulation {
  ScenarioBuilder loop = scenario("dsl loop")
      .repeat(3, "i").on(llm("q").prompt("Question #{i}").maxTokens(3).check(outputTokens().is(3)));

  {
    setUp(loop.injectClosed(constantConcurrentUsers(2).during(2)))
        .protocols(llm.baseUrl(System.getProperty("target")).backend(SGLANG).model("m").tokenizer("builtin:gpt2"))
        .assertions(global().failedRequests().count().is(0L));
  }
}
