package io.llmbench.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference's {@code {k: v for h in header_list for k, _, v in [h.partition("=")] if k and v}}. */
class CustomHeadersTest {
  @Test
  void splitsAtTheFirstEquals() {
    assertEquals(Map.of("X-Token", "a=b==c"), CustomHeaders.parse(List.of("X-Token=a=b==c")));
  }

  @Test
  void dropsPairsWithAnEmptyKeyOrValueOrNoEquals() {
    assertEquals(Map.of("Ok", "1"), CustomHeaders.parse(List.of("=value", "Key=", "=", "NoEquals", "", "Ok=1")));
  }

  @Test
  void trimsNothing() {
    assertEquals(Map.of(" Spaced ", " v "), CustomHeaders.parse(List.of(" Spaced = v ")));
    // a blank value is not empty: Python keeps it too
    assertEquals(Map.of("K", " "), CustomHeaders.parse(List.of("K= ")));
  }

  @Test
  void laterValueWinsAtTheFirstPosition() {
    Map<String, String> headers = CustomHeaders.parse(List.of("A=1", "B=2", "A=3"));
    assertEquals(List.of("A", "B"), new ArrayList<>(headers.keySet()));
    assertEquals(List.of("3", "2"), new ArrayList<>(headers.values()));
  }

  @Test
  void keysAreCaseSensitiveAsInPython() {
    assertEquals(Map.of("x-a", "1", "X-A", "2"), CustomHeaders.parse(List.of("x-a=1", "X-A=2")));
  }

  @Test
  void noPairsNoHeadersAndTheResultIsReadOnly() {
    Map<String, String> headers = CustomHeaders.parse(List.of());
    assertEquals(Map.of(), headers);
    assertThrows(UnsupportedOperationException.class, () -> headers.put("A", "1"));
  }
}
