import static io.gatling.javaapi.core.CoreDsl.*;
import static io.llmbench.LlmDsl.*;
import io.gatling.javaapi.core.*;
import java.util.*;

/** The DSL's contract, verbatim (README): DslEndToEndTest runs it against a mock server. */
public class UserChat extends Simulation {
  ScenarioBuilder scn = scenario("chat")
      .feed(listFeeder(List.of(Map.of("q", "Tell me a story"), Map.of("q", "Count to ten"))).circular())
      .exec(llm("ask").prompt("#{q}").maxTokens(16).check(ttft().lt(10_000), outputTokens().is(16)));
  {
    setUp(scn.injectOpen(constantUsersPerSec(10).during(3)))
        .protocols(llm.baseUrl(System.getProperty("target")).backend("sglang-oai-chat").model("m")
            .tokenizer("builtin:gpt2"))
        .assertions(global().failedRequests().count().is(0L));
  }
}
