package io.llmbench.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.backend.RequestOptionSpecs;
import io.llmbench.dataset.Datasets;
import io.llmbench.schedule.ArrivalProfiles;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What {@code compat} changes in the options: vLLM's defaults where unset, and options only one mode has. */
class CompatModesTest {
  private static final Map<String, Object> VLLM = Map.of("compat", "vllm");

  private static BenchConfig vllm(Map<String, ?> more) {
    Map<String, Object> all = new java.util.HashMap<>(VLLM);
    all.putAll(more);
    return ConfigLoader.of(all);
  }

  @Test
  void sglangModeKeepsItsDefaults() {
    BenchConfig c = ConfigLoader.of(Map.of());
    assertEquals(Compat.SGLANG, c.compat());
    assertEquals("poisson", c.get(ArrivalProfiles.ARRIVAL_PROFILE));
    assertEquals(1024, c.get(Datasets.RANDOM_OUTPUT_LEN));
    assertEquals("sglang", c.backend());
    assertEquals(16, c.warmupRequests(), "warmup-requests = auto, uncapped");
    assertTrue(c.ignoreEos());
  }

  @Test
  void vllmModeTakesVllmDefaultsForWhatIsNotSet() {
    BenchConfig c = vllm(Map.of());
    assertEquals(Compat.VLLM, c.compat());
    assertEquals("gamma", c.get(ArrivalProfiles.ARRIVAL_PROFILE));
    assertEquals(128, c.get(Datasets.RANDOM_OUTPUT_LEN));
    assertEquals("openai", c.backend());
    assertEquals(0, c.warmupRequests());
  }

  @Test
  void whatARunChangedIsCountedFromItsModesDefaults() {
    assertEquals(Map.of("compat", "vllm"), vllm(Map.of()).options().changed());
    assertEquals(Map.of("compat", "vllm", "random-output-len", "1024"),
        vllm(Map.of("random-output-len", 1024)).options().changed());
  }

  @Test
  void theValuesWrittenOutReadBackTheSameInEitherMode() {
    for (BenchConfig c : java.util.List.of(vllm(Map.of("num-warmups", 2)), ConfigLoader.of(Map.of("warmup-requests", 3)))) {
      // as the run manifest writes them and reads them back over reference.conf
      Options back = Options.read(com.typesafe.config.ConfigFactory.parseString(c.options().json(java.util.Set.of()))
          .withFallback(com.typesafe.config.ConfigFactory.parseResources("reference.conf").getConfig(ConfigLoader.ROOT)),
          OptionRegistry.all());
      assertEquals(c.options().changed(), back.changed());
      assertEquals(c.get(ArrivalProfiles.ARRIVAL_PROFILE), back.get(ArrivalProfiles.ARRIVAL_PROFILE));
      assertEquals(c.warmupRequests(), new BenchConfig(back).warmupRequests());
    }
  }

  @Test
  void aValueGivenInVllmModeWinsEvenWhenItIsSglangsDefault() {
    BenchConfig c = vllm(Map.of("random-output-len", 1024, "arrival-profile", "poisson", "num-warmups", 3));
    assertEquals(1024, c.get(Datasets.RANDOM_OUTPUT_LEN));
    assertEquals("poisson", c.get(ArrivalProfiles.ARRIVAL_PROFILE));
    assertEquals(3, c.warmupRequests());
  }

  @ParameterizedTest
  @CsvSource({
      "sglang, num-warmups, 2, vllm, warmup-requests",
      "sglang, ignore-eos, true, vllm, disable-ignore-eos",
      "sglang, ramp-up-strategy, linear, vllm, arrival-profile = ramp-up-linear | ramp-up-exponential",
      "vllm, warmup-requests, 2, sglang, num-warmups",
      "vllm, disable-ignore-eos, true, sglang, ignore-eos"})
  void anOptionOfTheOtherModeIsRefusedSayingWhichModeHasIt(
      String mode, String key, String value, String owner, String instead) {
    ConfigError e = assertThrows(ConfigError.class, () -> ConfigLoader.of(Map.of("compat", mode, key, value)));
    String shown = value.equals("true") || value.matches("\\d+") ? value : "\"" + value + "\"";
    assertEquals("llmbench." + key + " = " + shown + ": exists only in " + owner + " mode (llmbench.compat = "
        + owner + "); in " + mode + " mode use " + instead, e.getMessage());
  }

  @Test
  void givenOnTheCommandLineTheModeRulesHoldToo() {
    System.setProperty("llmbench.compat", "vllm");
    try {
      // reference.conf's warmup-requests and disable-ignore-eos are defaults, not given: no refusal
      BenchConfig c = ConfigLoader.load();
      assertEquals("gamma", c.get(ArrivalProfiles.ARRIVAL_PROFILE));
      System.setProperty("llmbench.warmup-requests", "1");
      ConfigError e = assertThrows(ConfigError.class, ConfigLoader::load);
      assertTrue(e.getMessage().startsWith("llmbench.warmup-requests = 1: exists only in sglang mode"), e.getMessage());
    } finally {
      System.clearProperty("llmbench.compat");
      System.clearProperty("llmbench.warmup-requests");
      com.typesafe.config.ConfigFactory.invalidateCaches();
    }
  }

  @Test
  void vllmIgnoresEosOnlyWhenAskedOrForItsRandomDatasets() {
    assertTrue(vllm(Map.of()).ignoreEos(), "random");
    assertTrue(vllm(Map.of("dataset-name", "random-mm")).ignoreEos());
    assertFalse(vllm(Map.of("dataset-name", "sharegpt")).ignoreEos());
    assertTrue(vllm(Map.of("dataset-name", "sharegpt", "ignore-eos", true)).ignoreEos());
    assertFalse(ConfigLoader.of(Map.of("disable-ignore-eos", true)).ignoreEos());
  }

  @Test
  void helpSaysWhereAnOptionLivesAndItsVllmDefault() {
    String help = Help.text(OptionRegistry.all());
    assertTrue(help.contains("  num-warmups = 0  (integer; >= 0)\n      vllm bench serve's warm-up: copies of the first"
        + " request with its own output length, excluded from every figure\n      only in vllm mode; the other has"
        + " warmup-requests\n"), help);
    assertTrue(help.contains("      default in vllm mode: gamma\n"), help);
    assertTrue(help.contains("\n  compat = sglang  (string; sglang | vllm)\n"), help);
    assertTrue(help.contains("      default in vllm mode: 128\n"), help);
    assertTrue(RequestOptionSpecs.BACKEND.allowed().endsWith("; vllm mode also openai | openai-chat | openai-embeddings"));
  }
}
