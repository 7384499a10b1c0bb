package io.llmbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** §7.6: sums over the successes, hit rate over the server's prompt tokens, tier shares over the cached ones. */
class CacheReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static RequestOutcome outcome(boolean success, int serverPromptLen, CachedTokens cached) {
    return new RequestOutcome(success, success ? "" : "boom", 1, serverPromptLen, 1, 0, 1, 1, 0, 0, 0, 0, List.of(),
        List.of(), "", cached);
  }

  static CachedTokens tiers(String json) throws Exception {
    JsonNode details = JSON.readTree(json);
    return CachedTokens.fromTiers(details);
  }

  @Test
  void hitRateAndTiers() throws Exception {
    CacheReport c = CacheReport.of(List.of(
        outcome(true, 100, tiers("{\"device\":30,\"host\":10,\"storage\":0,\"storage_backend\":null}")),
        outcome(true, 100, tiers("{\"device\":20,\"host\":0,\"storage\":20,\"storage_backend\":\"3fs\"}")),
        outcome(false, 100, tiers("{\"device\":99}")), // failures are not in S
        outcome(true, 200, CachedTokens.NONE)));
    assertEquals(400, c.totalPromptTokens());
    assertEquals(80, c.totalCachedTokens());
    assertEquals(20.0, c.hitRatePct());
    assertEquals(new CacheReport.Tiers(50, 10, 20, "3fs"), c.tiers());
    assertEquals(62.5, c.sharePct(c.tiers().device()));
    assertEquals(25.0, c.sharePct(c.tiers().storage()));
  }

  @Test
  void countsWithoutDetailsHaveNoTiers() {
    CacheReport c = CacheReport.of(List.of(outcome(true, 30, new CachedTokens(10, null))));
    assertEquals(10, c.totalCachedTokens());
    assertEquals(10.0 / 30 * 100, c.hitRatePct(), 0.0);
    assertNull(c.tiers());
  }

  @Test
  void noPromptTokensIsAZeroRate() {
    CacheReport c = CacheReport.of(List.of(outcome(false, 30, CachedTokens.NONE)));
    assertEquals(new CacheReport(0, 0, 0.0, null), c);
  }
}
