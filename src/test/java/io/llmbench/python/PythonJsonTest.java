package io.llmbench.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected strings are CPython 3.11's json.dumps output for the equivalent Python values. */
class PythonJsonTest {
  @Test
  void mapsListsAndScalarsUseDefaultSeparators() {
    Map<String, Object> obj = new LinkedHashMap<>();
    obj.put("a", Arrays.asList(1, 2.5, null, true));
    obj.put("b", "é\n");
    assertEquals("{\"a\": [1, 2.5, null, true], \"b\": \"\\u00e9\\n\"}", PythonJson.dumps(obj));
  }

  @Test
  void nonFiniteFloatsAndEmptyContainers() {
    assertEquals("Infinity", PythonJson.dumps(Double.POSITIVE_INFINITY));
    List<Object> values = Arrays.asList(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        -0.0, 1e16, 1e-5, Map.of(), List.of());
    assertEquals("[Infinity, -Infinity, NaN, -0.0, 1e+16, 1e-05, {}, []]", PythonJson.dumps(values));
  }

  @Test
  void stringsEscapeLikeEnsureAscii() {
    // json.dumps('\x7f\x00\x1f\u2028😀/\\"\b\f\r\t')
    assertEquals("\"\\u007f\\u0000\\u001f\\u2028\\ud83d\\ude00/\\\\\\\"\\b\\f\\r\\t\"",
        PythonJson.dumps("\u007f\u0000\u001f\u2028\uD83D\uDE00/\\\"\b\f\r\t"));
  }

  @Test
  void integersStayIntegersAndFloatsUseRepr() {
    assertEquals("[1, 2, 3, 12345678901234567890, 3.0, 0.1, 100.0, 0.10000000149011612]",
        PythonJson.dumps(List.of(1, 2L, (short) 3, new BigInteger("12345678901234567890"), 3.0, 0.1,
            100.0, 0.1f)));
    assertEquals("[0.5, 1.0]", PythonJson.dumps(new double[] {0.5, 1.0}));
    assertEquals("[1, 2]", PythonJson.dumps(new int[] {1, 2}));
    assertEquals("[[], [\"x\"]]", PythonJson.dumps(new Object[] {new long[0], List.of('x')}));
  }

  @Test
  void keysAreCoercedLikePython() {
    Map<Object, Object> obj = new LinkedHashMap<>();
    obj.put(1.5, 3);
    obj.put(null, 5);
    obj.put(Double.POSITIVE_INFINITY, 6);
    obj.put(false, 7);
    obj.put(7L, 8);
    // json.dumps({1.5: 3, None: 5, float('inf'): 6, False: 7, 7: 8})
    assertEquals("{\"1.5\": 3, \"null\": 5, \"Infinity\": 6, \"false\": 7, \"7\": 8}", PythonJson.dumps(obj));
    Map<Object, Object> bad = new LinkedHashMap<>();
    bad.put(List.of(), 1);
    assertThrows(IllegalArgumentException.class, () -> PythonJson.dumps(bad));
  }

  @Test
  void jacksonTreesKeepOrderAndIntFloatDistinction() throws Exception {
    String text = "{\"z\": 1, \"a\": [1.0, 2, -0, 1E5, 1e-7, \"caf\\u00e9\", null, false], "
        + "\"big\": 123456789012345678901234567890, \"nested\": {\"x\": {}}, \"e\": []}";
    // json.dumps(json.loads(text))
    assertEquals("{\"z\": 1, \"a\": [1.0, 2, 0, 100000.0, 1e-07, \"caf\\u00e9\", null, false], "
            + "\"big\": 123456789012345678901234567890, \"nested\": {\"x\": {}}, \"e\": []}",
        PythonJson.dumps(new ObjectMapper().readTree(text)));
  }

  @Test
  void jacksonNodesInsideJavaContainers() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("model", "m");
    body.put("extra", new ObjectMapper().readTree("{\"top_k\": 5, \"temperature\": 0.7}"));
    assertEquals("{\"model\": \"m\", \"extra\": {\"top_k\": 5, \"temperature\": 0.7}}", PythonJson.dumps(body));
  }

  @Test
  void unsupportedTypesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> PythonJson.dumps(new Object()));
    List<Object> list = new ArrayList<>();
    list.add(new java.math.BigDecimal("1.5"));
    assertThrows(IllegalArgumentException.class, () -> PythonJson.dumps(list));
  }
}
