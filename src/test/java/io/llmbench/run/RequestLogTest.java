package io.llmbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.llmbench.backend.ParsedResponse;
import io.llmbench.metrics.CachedTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLogTest {
  private static final RequestRecord RECORD = new RequestRecord(7, 2, false, 1_000, 1_100, 1_200, 1_500, 1_900, true, 2, 2_000, 9_000, 200, 12, 3,
      new ParsedResponse(true, "", 5_000, 8_000, List.of(1_000L, 2_000L), List.of(5_000L, 6_000L, 8_000L),
          List.of(1, 1, 1), List.of(2, 10, 19), 3, true, 11, "a \"quoted\" é\ntext",
          new CachedTokens(6, JsonNodeFactory.instance.objectNode().put("device", 4).put("host", 2))));

  @Test
  void roundTripKeepsEveryField() {
    assertEquals(RECORD, RequestLog.fromJson(RequestLog.toJson(RECORD)));
  }

  @Test
  void aTornLastLineFromAKilledRunIsIgnored(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("requests.jsonl");
    String line = RequestLog.toJson(RECORD);
    Files.writeString(file, line + "\n" + line + "\n" + line.substring(0, line.length() / 2));
    assertEquals(List.of(RECORD, RECORD), RequestLog.read(file));
  }

  @Test
  void aBrokenLineInTheMiddleIsAnError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("requests.jsonl");
    String line = RequestLog.toJson(RECORD);
    Files.writeString(file, line.substring(0, 10) + "\n" + line + "\n");
    assertThrows(IllegalArgumentException.class, () -> RequestLog.read(file));
  }
}
