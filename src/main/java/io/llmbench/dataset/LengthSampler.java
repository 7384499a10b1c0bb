package io.llmbench.dataset;

import java.util.random.RandomGenerator;

/** The reference's {@code compute_random_lens}, and vLLM's symmetric rule for the datasets taken from vLLM. */
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

  /**
   * vLLM's {@code get_sampling_params}: {@code n} integers uniform on [⌊full·(1−ratio)⌋, ⌈full·(1+ratio)⌉], both
   * bounds raised to {@code minimum} (vLLM: 1 for output lengths, 0 for input lengths).
   */
  public static int[] symmetric(int full, double ratio, int minimum, int n, RandomGenerator rng) {
    long low = Math.max((long) Math.floor(full * (1 - ratio)), minimum);
    long high = Math.max((long) Math.ceil(full * (1 + ratio)), minimum);
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) {
      lengths[i] = (int) rng.nextLong(low, high + 1);
    }
    return lengths;
  }
}
