package io.llmbench.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected strings are CPython 3.11's own repr/format output. */
class PythonFormatTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.1|0.1",
        "1e-05|1e-05",
        "1e-4|0.0001",
        "1e16|1e+16",
        "1.5e16|1.5e+16",
        "9999999999999998.0|9999999999999998.0",
        "1e22|1e+22",
        "1e23|1e+23",
        "1e7|10000000.0",
        "100.0|100.0",
        "123456789012345.6|123456789012345.6",
        "12345678.9|12345678.9",
        "0.30000000000000004|0.30000000000000004",
        "-1.5e-7|-1.5e-07",
        "2.82879384806159E17|2.82879384806159e+17",
        "2.2250738585072014E-308|2.2250738585072014e-308",
        "1.7976931348623157E308|1.7976931348623157e+308",
        "4.9E-324|5e-324",
        "1.0E-323|1e-323",
        "1.5E-323|1.5e-323",
        "-0.0|-0.0",
        "0.0|0.0",
        "Infinity|inf",
        "-Infinity|-inf",
        "NaN|nan",
      })
  void reprMatchesPython(double value, String python) {
    assertEquals(python, PythonFormat.repr(value));
  }

  @Test
  void reprIsShortestWhereJdk17ToStringIsNot() {
    // Double.toString gives 2.31845256772633248E17, 6.8479835487449702E18, 6.6332621121664288E16.
    assertEquals("2.3184525677263325e+17", PythonFormat.repr(Double.longBitsToDouble(0x4389bd7042e65615L)));
    assertEquals("6.84798354874497e+18", PythonFormat.repr(Double.longBitsToDouble(0x43d7c23b3058aa6cL)));
    assertEquals("6.633262112166429e+16", PythonFormat.repr(Double.longBitsToDouble(0x436d75255bdf46a4L)));
    assertEquals("0.6666666666666666", PythonFormat.repr(2.0 / 3));
  }

  @Test
  void fastShortestAgreesWithExactSearchOnRandomDoubles() {
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
      if (d >= Double.MIN_NORMAL) {
        assertEquals(PythonFormat.shortestExact(d), PythonFormat.shortest(d), () -> Double.toString(d));
      }
    }
    for (int i = 0; i < 2_000; i++) { // latency-like values
      double d = random.nextDouble() * Math.pow(10, random.nextInt(8) - 4);
      assertEquals(PythonFormat.shortestExact(d), PythonFormat.shortest(d), () -> Double.toString(d));
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2.675|2|2.67",
        "0.125|2|0.12",
        "0.375|2|0.38",
        "887.4999999999998|2|887.50",
        "1e23|2|99999999999999991611392.00",
        "-0.001|2|-0.00",
        "-0.0|2|-0.00",
        "0.05|1|0.1",
        "2.5|0|2",
        "Infinity|2|inf",
        "NaN|2|nan",
      })
  void fixedDecimalsMatchPython(double value, int decimals, String python) {
    assertEquals(python, PythonFormat.format(value, decimals));
  }

  @Test
  void rowsKeepTrailingSpacesAndNeverCut() {
    assertEquals("Backend:                                 sglang    ", PythonFormat.row("Backend:", "sglang"));
    assertEquals("Backend:                                 vllm-embedding", PythonFormat.row("Backend:", "vllm-embedding"));
    assertEquals("Traffic request rate:                    inf       ",
        PythonFormat.row("Traffic request rate:", Double.POSITIVE_INFINITY));
    assertEquals("Successful requests:                     1000      ", PythonFormat.row("Successful requests:", 1000));
    assertEquals("Total input tokens:                      12345678901", PythonFormat.row("Total input tokens:", 12345678901L));
    assertEquals("Mean TTFT (ms):                          0.12      ", PythonFormat.row2f("Mean TTFT (ms):", 0.125));
    assertEquals("x                                        1234567890123.46",
        PythonFormat.row2f("x", 1234567890123.456));
  }

  @Test
  void rulesCentreWithTheOddCharacterOnTheRight() {
    assertEquals("============ Serving Benchmark Result ============", PythonFormat.rule(" Serving Benchmark Result ", '='));
    assertEquals("----------------End-to-End Latency----------------", PythonFormat.rule("End-to-End Latency", '-'));
    assertEquals("---------------Time to First Token----------------", PythonFormat.rule("Time to First Token", '-'));
    assertEquals("-----Time per Output Token (excl. 1st token)------",
        PythonFormat.rule("Time per Output Token (excl. 1st token)", '-'));
    assertEquals("---------------Inter-Token Latency----------------", PythonFormat.rule("Inter-Token Latency", '-'));
    assertEquals("----------------Cache Hit Details-----------------", PythonFormat.rule("Cache Hit Details", '-'));
  }
}
