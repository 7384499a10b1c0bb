package io.llmbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.config.ConfigLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoodputTest {
  private static String error(String value) {
    return assertThrows(IllegalArgumentException.class, () -> ConfigLoader.of(Map.of("goodput", value))).getMessage();
  }

  @Test
  void parsesVllmsSyntaxInOrder() {
    Goodput g = ConfigLoader.of(Map.of("goodput", "ttft:200 tpot:50.5  e2el:1e3 itl:inf")).options().get(Goodput.OPTION);
    assertEquals(List.of("ttft", "tpot", "e2el", "itl"), List.copyOf(g.slosMs().keySet()));
    assertEquals(List.of(200.0, 50.5, 1000.0, Double.POSITIVE_INFINITY), List.copyOf(g.slosMs().values()));
    assertFalse(ConfigLoader.of(Map.of()).options().get(Goodput.OPTION).isSet());
  }

  @Test
  void refusesWithVllmsMessages() {
    String format = "Invalid format found for service level objectives. Specify service level objectives for goodput"
        + " as \"KEY:VALUE\" pairs, where the key is a metric name, and the value is a number in milliseconds.";
    assertEquals("llmbench.goodput = \"ttft=200\": " + format, error("ttft=200"));
    assertEquals("llmbench.goodput = \"ttft:2:0\": " + format, error("ttft:2:0"));
    assertEquals("llmbench.goodput = \"ttft:fast\": " + format, error("ttft:fast"));
    assertEquals("llmbench.goodput = \"e2e:200\": Invalid metric name found, e2e: 200.0. The service level objective"
        + " name should be one of ['ttft', 'tpot', 'itl', 'e2el'].", error("e2e:200"));
    assertEquals("llmbench.goodput = \"tpot:-1\": Invalid value found, tpot: -1.0. The service level objective value"
        + " should be non-negative.", error("tpot:-1"));
  }

  @Test
  void aRequestIsGoodOnlyWhenEveryBoundHoldsInclusively() {
    Goodput g = Goodput.parse("ttft:100 tpot:20 itl:30 e2el:500");
    assertTrue(g.isGood(0.1, 0.02, new double[] {0.03, 0.01}, 0.5), "every value at its bound");
    assertFalse(g.isGood(0.1001, 0.02, new double[] {}, 0.5));
    assertFalse(g.isGood(0.1, 0.0201, new double[] {}, 0.5));
    assertFalse(g.isGood(0.1, 0.02, new double[] {0.01, 0.0301}, 0.5), "one gap beyond the ITL bound");
    assertFalse(g.isGood(0.1, 0.02, new double[] {}, 0.5001));
    assertFalse(Goodput.parse("ttft:nan").isGood(0, 0, new double[] {}, 0), "NaN meets nothing, as in Python");
  }

  @Test
  void vllmCountsGoodOverSuccessesAndRetokenizesWhenTheServerGaveNoCount() {
    // 0 output tokens from the server: vLLM counts the retokenized text (5), so the TPOT is (1.0 - 0.2) / 4
    RequestOutcome noUsage = new RequestOutcome(true, "", 10, 10, 10, 0, 0, 5, 0, 0, 0.2, 1.0, List.of(0.4, 0.4),
        List.of(), "text", CachedTokens.NONE);
    RequestOutcome failed = new RequestOutcome(false, "boom", 10, 10, 10, 0, 0, 0, 0, 0, 0.0, 0.0, List.of(),
        List.of(), "", CachedTokens.NONE);
    VllmMetrics m = VllmMetrics.compute(List.of(noUsage, failed), 2.0, List.of(99.0), Goodput.parse("tpot:200"));
    assertEquals(5, m.totalOutput());
    assertEquals(List.of(5, 0), m.outputLens());
    assertEquals(200.0, m.stats().get("tpot").mean(), 1e-12);
    assertEquals(new Goodput.Figures(1, 2, 0.5, 50.0), m.goodput());
    assertEquals(0.5, m.requestGoodput());
    assertEquals(0.0, VllmMetrics.compute(List.of(noUsage), 2.0, List.of(99.0), Goodput.parse("tpot:199"))
        .requestGoodput());
  }
}
