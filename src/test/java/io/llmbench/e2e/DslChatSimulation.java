package io.llmbench.e2e;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.llmbench.LlmDsl.e2e;
import static io.llmbench.LlmDsl.itl;
import static io.llmbench.LlmDsl.llm;
import static io.llmbench.LlmDsl.outputTokens;
import static io.llmbench.LlmDsl.text;
import static io.llmbench.LlmDsl.tpot;
import static io.llmbench.LlmDsl.ttft;
import static io.llmbench.backend.Backends.SGLANG_OAI_CHAT;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.Map;

/**
 * Two turns of a chat per user with the DSL: a feeder, EL, checks with saveAs, the first reply sent back in the
 * second turn, a user group, a concurrency cap, and assertions on Gatling's Global and metric rows. Driven by
 * system properties: {@code target}, {@code dsl.users}, {@code dsl.ttft-bound} (ms), {@code dsl.expect-requests}.
 */
public class DslChatSimulation extends Simulation {
  static final String FOLLOW_UP = "[{\"role\": \"user\", \"content\": #{q.jsonStringify()}},"
      + " {\"role\": \"assistant\", \"content\": #{llm.ask.text.jsonStringify()}},"
      + " {\"role\": \"user\", \"content\": #{reply.jsonStringify()}}]";

  private static int property(String name) {
    return Integer.parseInt(System.getProperty(name));
  }

  ScenarioBuilder chat = scenario("dsl chat")
      .feed(listFeeder(List.of(Map.<String, Object>of("q", "Tell me a story", "n", 5), Map.<String, Object>of("q", "Count to ten", "n", 5)))
          .circular())
      .group("conversation").on(
          group("first").on(llm("ask").prompt("#{q}").maxTokens(12)
              .check(ttft().lt(property("dsl.ttft-bound")), outputTokens().is(12), itl().lt(10_000),
                  tpot().gte(0), e2e().gt(0), text().saveAs("reply"))),
          llm("follow-up").messages(FOLLOW_UP).maxTokens("#{n}").check(outputTokens().is(5)));

  {
    int expected = property("dsl.expect-requests");
    setUp(chat.injectOpen(rampUsers(property("dsl.users")).during(1)))
        .protocols(llm.baseUrl(System.getProperty("target")).backend(SGLANG_OAI_CHAT).model("m")
            .tokenizer("builtin:gpt2").maxConcurrency(3))
        .assertions(
            global().allRequests().count().is((long) expected),
            details("conversation", "first", "TTFT").allRequests().count().gt(0L),
            details("conversation", "TTFT", "ITL", "TPOT", "E2E", "follow-up").allRequests().count()
                .is((long) property("dsl.users")));
  }
}
