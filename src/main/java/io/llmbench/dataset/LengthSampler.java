package io.llmbench.dataset;

import java.util.random.RandomGenerator;

/** The reference's {@code compute_random_lens}. */
public final class LengthSampler {
  private LengthSampler() {}

  /**
   * {@code n} integers uniform on [max(⌊full·ratio⌋, 1), full], inclusive; {@code n} zeros when
   * {@code full <= 0}. Note this is not a ± range around {@code full}: ratio 0 gives [1, full].
   */
  public static int[] sample(int full, double ratio, int n, RandomGenerator rng) {
    int[] lengths = new int[n];
    if (full <= 0) {
      return lengths;
    }
    int low = Math.max((int) (full * ratio), 1);
    if (low > full) {
      throw new IllegalArgumentException("range ratio " + ratio + " is above 1");
    }
    for (int i = 0; i < n; i++) {
      lengths[i] = (int) rng.nextLong(low, full + 1L);
    }
    return lengths;
  }
}
