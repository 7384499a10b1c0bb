package io.llmbench.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.backend.LoraSelection.Distribution;
import io.llmbench.dataset.DatasetRow;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Per-request adapter choice (spec §6.6) with a fixed seed; shares are checked over many requests. */
class LoraSelectionTest {
  private static final List<String> NAMES = List.of("a", "b", "c", "d");
  private static final int REQUESTS = 40_000;
  private static final long SEED = 42;

  private static int[] counts(LoraSelection selection) {
    int[] counts = new int[selection.names().size()];
    for (int i = 0; i < REQUESTS; i++) {
      counts[selection.names().indexOf(selection.choose(i))]++;
    }
    return counts;
  }

  @Test
  void uniformGivesEachNameAnEqualShare() {
    int[] counts = counts(new LoraSelection(NAMES, Distribution.UNIFORM, 1.5, SEED));
    for (int count : counts) {
      // expected 10 000 each; the binomial standard deviation is ~87, so ±400 is > 4.5 sigma
      assertEquals(REQUESTS / 4.0, count, 400, Arrays.toString(counts));
    }
  }

  @Test
  void uniformWithOneNameAlwaysPicksIt() {
    LoraSelection one = new LoraSelection(List.of("only"), Distribution.UNIFORM, 1.5, SEED);
    assertTrue(IntStream.range(0, 100).mapToObj(one::choose).allMatch("only"::equals));
  }

  @Test
  void distinctIsRoundRobinFromTheFirstName() {
    LoraSelection distinct = new LoraSelection(List.of("x", "y", "z"), Distribution.DISTINCT, 1.5, SEED);
    assertEquals(List.of("x", "y", "z", "x", "y", "z", "x"), IntStream.range(0, 7).mapToObj(distinct::choose).toList());
  }

  @Test
  void skewedSharesFollowAlphaPowers() {
    double alpha = 2.0;
    int[] counts = counts(new LoraSelection(NAMES, Distribution.SKEWED, alpha, SEED));
    double total = 1 + 1 / alpha + 1 / (alpha * alpha) + 1 / (alpha * alpha * alpha); // 1.875
    for (int i = 0; i < counts.length; i++) {
      double expected = REQUESTS * Math.pow(alpha, -i) / total; // 21 333, 10 667, 5 333, 2 667
      assertEquals(expected, counts[i], 500, Arrays.toString(counts));
    }
  }

  @Test
  void choiceIsAPureFunctionOfSeedAndIndex() {
    LoraSelection selection = new LoraSelection(NAMES, Distribution.SKEWED, 1.5, SEED);
    LoraSelection same = new LoraSelection(NAMES, Distribution.SKEWED, 1.5, SEED);
    List<String> forward = IntStream.range(0, 200).mapToObj(selection::choose).toList();
    // asked in reverse order, each request still gets its own adapter
    for (int i = 199; i >= 0; i--) {
      assertEquals(forward.get(i), same.choose(i));
    }

    LoraSelection otherSeed = new LoraSelection(NAMES, Distribution.SKEWED, 1.5, SEED + 1);
    assertNotEquals(forward, IntStream.range(0, 200).mapToObj(otherSeed::choose).toList());
  }

  @Test
  void warmupTakesTheFirstName() {
    assertEquals("a", new LoraSelection(NAMES, Distribution.SKEWED, 1.5, SEED).warmupChoice());
  }

  @Test
  void noNamesNoAdapter() {
    assertNull(LoraSelection.NONE.choose(0));
    assertNull(LoraSelection.NONE.warmupChoice());
    String payload = Backends.forName("sglang").payload(
        new RequestInput(DatasetRow.ofText("hi", 1, 4), LoraSelection.NONE.choose(3)),
        new RequestOptions("m", true, true, 0.0, 1.0, Map.of(), false, LogprobOptions.NONE, false,
            LoraSelection.NONE));
    assertTrue(payload.contains("\"lora_path\": null"), payload);
  }

  @ParameterizedTest
  @ValueSource(strings = {"distinct", "skewed"})
  void distinctAndSkewedNeedTwoNames(String value) {
    Distribution distribution = Distribution.parse(value);
    for (List<String> names : List.of(List.<String>of(), List.of("a"))) {
      String message = assertThrows(IllegalArgumentException.class,
          () -> new LoraSelection(names, distribution, 1.5, SEED)).getMessage();
      assertTrue(message.contains("lora-request-distribution: '" + value + "' needs at least 2 names"), message);
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.0, 0.5, -2.0, Double.NaN})
  void alphaMustExceedOneEvenWithoutNames(double alpha) {
    String message = assertThrows(IllegalArgumentException.class,
        () -> new LoraSelection(List.of(), Distribution.UNIFORM, alpha, SEED)).getMessage();
    assertTrue(message.contains("lora-zipf-alpha: must be greater than 1"), message);
  }

  @Test
  void emptyNameIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new LoraSelection(List.of("a", ""), Distribution.UNIFORM, 1.5, SEED));
  }

  @Test
  void distributionValues() {
    assertEquals(Distribution.SKEWED, Distribution.parse("skewed"));
    String message = assertThrows(IllegalArgumentException.class, () -> Distribution.parse("zipf")).getMessage();
    assertTrue(message.contains("unknown value 'zipf'; allowed values: uniform, distinct, skewed"), message);
  }
}
