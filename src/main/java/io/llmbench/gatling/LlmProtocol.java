package io.llmbench.gatling;

import io.gatling.core.CoreComponents;
import io.gatling.core.config.GatlingConfiguration;
import io.gatling.core.protocol.Protocol;
import io.gatling.core.protocol.ProtocolKey;
import io.llmbench.config.BenchConfig;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import scala.Function1;
import scala.runtime.BoxedUnit;

/**
 * The {@code llm} protocol: where requests go and every {@code llmbench} option of the run, validated when the
 * simulation is set up. Its components (one {@link LlmRun} per protocol) start only when Gatling builds the
 * scenarios, and write the run folder once the simulation is over, whatever the simulation's own code does.
 *
 * @param workload the prepared workload of a built-in simulation, or null for a scenario's own requests
 */
public record LlmProtocol(BenchConfig config, String runName, LlmWorkload workload) implements Protocol {
  /** Gatling's registry keys protocols by this single instance. */
  public static final ProtocolKey<LlmProtocol, LlmRun> KEY = new Key();

  private static final class Key implements ProtocolKey<LlmProtocol, LlmRun> {
    @SuppressWarnings("unchecked")
    @Override
    public Class<Protocol> protocolClass() {
      return (Class<Protocol>) (Class<?>) LlmProtocol.class;
    }

    @Override
    public LlmProtocol defaultProtocolValue(GatlingConfiguration configuration) {
      throw new IllegalStateException(
          "llmbench: an llm(...) request needs the llm protocol: setUp(...).protocols(llm.baseUrl(...))");
    }

    /** Once per simulation: the runs of its llm protocols, finished together when Gatling terminates. */
    @Override
    public Function1<LlmProtocol, LlmRun> newComponents(CoreComponents core) {
      Map<LlmProtocol, LlmRun> runs = new IdentityHashMap<>();
      List<LlmRun> started = new ArrayList<>();
      // Gatling's only once-at-the-end hook: after every user and after(), before its HTML report
      core.actorSystem().registerOnTermination(() -> {
        started.forEach(LlmRun::finishQuietly);
        return BoxedUnit.UNIT;
      });
      return protocol -> {
        synchronized (runs) {
          return runs.computeIfAbsent(protocol, p -> {
            LlmRun run = Startup.orExit(() -> LlmRun.start(p, core));
            started.add(run);
            return run;
          });
        }
      };
    }
  }
}
