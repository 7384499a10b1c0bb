package io.llmbench.simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.llmbench.gatling.LlmBench;
import io.llmbench.run.RequestRecord;

/**
 * Your own simulation from the building blocks: the same options, requests and summary as every other
 * simulation, plus a check of your own on each request's record (here: flag slow first tokens, without a warm-up).
 */
public class OwnChecksExample extends Simulation {
  private final LlmBench bench = LlmBench.fromConfig("OwnChecksExample");

  {
    ChainBuilder slowFirstToken = exec(session -> {
      RequestRecord r = session.get(RequestRecord.SESSION_KEY);
      return r.success() && r.ttftMillis() > 1_000 ? session.markAsFailed() : session;
    });
    setUp(scenario("own-checks").exec(bench.requests(slowFirstToken)).injectOpen(atOnceUsers(bench.workers())))
        .protocols(bench.protocol())
        .assertions(bench.assertions());
  }

  @Override
  public void after() {
    bench.finish();
  }
}
