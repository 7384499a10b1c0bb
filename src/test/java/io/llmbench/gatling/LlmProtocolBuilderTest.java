package io.llmbench.gatling;

import static io.llmbench.LlmDsl.llm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.ConfigError;
import io.llmbench.config.OptionRegistry;
import io.llmbench.config.OptionSpec;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Protocol settings are honoured or refused when the simulation is set up, never ignored. */
class LlmProtocolBuilderTest {

  @Test
  void everyScenarioSettingIsADeclaredOption() {
    Set<String> declared = OptionRegistry.all().stream().flatMap(g -> g.options().stream())
        .map(OptionSpec::key).map(k -> k.split("\\.")[0]).collect(Collectors.toSet());
    assertTrue(declared.containsAll(LlmProtocolBuilder.SCENARIO_OPTIONS),
        "not declared: " + LlmProtocolBuilder.SCENARIO_OPTIONS.stream().filter(k -> !declared.contains(k)).toList());
  }

  @Test
  void settingsReachTheRunsConfiguration() {
    LlmProtocol p = (LlmProtocol) llm.baseUrl("http://127.0.0.1:9").backend("vllm-chat").model("m")
        .maxConcurrency(3).option("temperature", 0.5).protocol();
    assertEquals("vllm-chat", p.config().backend());
    assertEquals(3, p.config().maxConcurrency());
    assertNull(p.workload());
    assertEquals("llm", p.runName(), "no Simulation on the stack: the run folder's default name");
  }

  @Test
  void aWorkloadOptionIsRefusedNotIgnored() {
    ConfigError e = assertThrows(ConfigError.class, () -> llm.option("num-prompts", 5).protocol());
    assertTrue(e.getMessage().startsWith("llmbench.num-prompts = 5: not a setting of a scenario's requests"),
        e.getMessage());
  }

  @Test
  void aBadValueIsRefusedWithItsOptionsMessage() {
    ConfigError e = assertThrows(ConfigError.class, () -> llm.backend("gserver2").maxConcurrency(-1).protocol());
    assertTrue(e.getMessage().startsWith("llmbench."), e.getMessage());
  }
}
