package io.llmbench.simulations;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;
import static io.llmbench.LlmDsl.e2e;
import static io.llmbench.LlmDsl.llm;
import static io.llmbench.LlmDsl.outputTokens;
import static io.llmbench.LlmDsl.text;
import static io.llmbench.LlmDsl.ttft;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.Map;

/**
 * Your own scenario with the DSL, against the embedded mock: a feeder, two turns of a chat (the second sends the
 * first reply back through EL), checks on each request, Gatling's own injection profile and assertions. The run
 * folder (SGLang's block and JSONL, requests.jsonl) is written after it like after any built-in simulation.
 */
public class OwnChecksExample extends Simulation {
  private static final String FOLLOW_UP = "[{\"role\": \"user\", \"content\": #{q.jsonStringify()}},"
      + " {\"role\": \"assistant\", \"content\": #{llm.ask.text.jsonStringify()}},"
      + " {\"role\": \"user\", \"content\": \"Shorter, please.\"}]";

  ScenarioBuilder chat = scenario("two-turn chat")
      .feed(listFeeder(List.of(Map.<String, Object>of("q", "Tell me a story"), Map.<String, Object>of("q", "Count to ten")))
          .circular())
      .exec(llm("ask").prompt("#{q}").maxTokens(32).check(ttft().lt(2_000), outputTokens().is(32), text().saveAs("reply")))
      .exec(llm("follow-up").messages(FOLLOW_UP).maxTokens(16).check(e2e().lt(5_000)));

  {
    setUp(chat.injectOpen(rampUsers(20).during(4)))
        .protocols(llm.baseUrl("mock").backend(SGLANG_OAI_CHAT).maxConcurrency(8))
        .assertions(global().failedRequests().count().is(0L));
  }
}
