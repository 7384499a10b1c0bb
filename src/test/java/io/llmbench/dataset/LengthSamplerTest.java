package io.llmbench.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LengthSamplerTest {

  @Test
  void ratioZeroCoversOneToFull() {
    int[] lengths = LengthSampler.sample(10, 0.0, 5000, new SplittableRandom(1));
    assertEquals(5000, lengths.length);
    // Every value of [1, 10] is drawn, and nothing outside it.
    assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
        Arrays.stream(lengths).distinct().sorted().toArray());
  }

  @Test
  void ratioSetsTheLowerBound() {
    IntSummaryStatistics half =
        Arrays.stream(LengthSampler.sample(1024, 0.5, 5000, new SplittableRandom(2)))
            .summaryStatistics();
    assertEquals(512, half.getMin());
    assertEquals(1024, half.getMax());
    // ⌊7·0.3⌋ = 2.
    assertEquals(2, Arrays.stream(LengthSampler.sample(7, 0.3, 2000, new SplittableRandom(3)))
        .min().getAsInt());
  }

  @Test
  void ratioOneIsExact() {
    int[] lengths = LengthSampler.sample(300, 1.0, 50, new SplittableRandom(4));
    assertEquals(1, Arrays.stream(lengths).distinct().count());
    assertEquals(300, lengths[0]);
  }

  @Test
  void lowerBoundIsAtLeastOne() {
    int[] lengths = LengthSampler.sample(1, 0.0, 100, new SplittableRandom(5));
    assertArrayEquals(new int[100], Arrays.stream(lengths).map(l -> l - 1).toArray());
  }

  @Test
  void nonPositiveFullGivesZeros() {
    assertArrayEquals(new int[3], LengthSampler.sample(0, 0.5, 3, new SplittableRandom(6)));
    assertArrayEquals(new int[3], LengthSampler.sample(-5, 0.5, 3, new SplittableRandom(6)));
  }

  @Test
  void sameSeedSameLengths() {
    assertArrayEquals(LengthSampler.sample(1024, 0.0, 100, new SplittableRandom(7)),
        LengthSampler.sample(1024, 0.0, 100, new SplittableRandom(7)));
  }

  @Test
  void ratioAboveOneIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> LengthSampler.sample(10, 1.5, 1, new SplittableRandom(8)));
  }
}
