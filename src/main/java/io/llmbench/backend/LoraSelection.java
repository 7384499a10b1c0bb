package io.llmbench.backend;

import java.util.List;
import java.util.Locale;

/**
 * The {@code lora-name}, {@code lora-request-distribution} and {@code lora-zipf-alpha} options: which adapter each
 * request names (spec §6.6).
 *
 * <p>Deliberate difference: the reference draws from its global Python/NumPy generators in dispatch order, so its
 * choices shift with whatever else consumed them (dataset, arrival gaps). Here the choice is a pure function of the
 * seed and the request's index: the same request gets the same adapter whatever the concurrency or timing.
 *
 * @param names adapter names in the given order; empty for no LoRA
 * @param distribution how requests spread over the names
 * @param zipfAlpha the {@code skewed} base: name i gets a share ∝ α^−i
 * @param seed the run's {@code seed}
 */
public record LoraSelection(List<String> names, Distribution distribution, double zipfAlpha, long seed) {
  /** No adapters (the reference's defaults for the other options). */
  public static final LoraSelection NONE = new LoraSelection(List.of(), Distribution.UNIFORM, 1.5, 0);

  /** SplitMix64's increment, the golden ratio in 64 bits. */
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
  /** Keeps these draws apart from other streams seeded with the same {@code seed} (arrival gaps, datasets). */
  private static final long SALT = 0x4C6F5241L; // "LoRA"

  /** @throws IllegalArgumentException with the reference's checks (§3.3), naming the option */
  public LoraSelection {
    names = List.copyOf(names);
    if (names.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException("option lora-name: an empty name selects no adapter; got " + names);
    }
    if (distribution != Distribution.UNIFORM && names.size() < 2) {
      throw new IllegalArgumentException("option lora-request-distribution: '" + distribution.optionValue()
          + "' needs at least 2 names in lora-name, got " + names.size());
    }
    // checked even without names, as the reference asserts it unconditionally
    if (!(zipfAlpha > 1)) {
      throw new IllegalArgumentException("option lora-zipf-alpha: must be greater than 1, got " + zipfAlpha);
    }
  }

  public boolean enabled() {
    return !names.isEmpty();
  }

  /** The adapter of the measured request at this dispatch index (from 0), or null without names. */
  public String choose(int requestIndex) {
    if (!enabled()) {
      return null;
    }
    return switch (distribution) {
      case DISTINCT -> names.get(requestIndex % names.size()); // round robin from the first name
      case UNIFORM -> names.get((int) (uniform(requestIndex) * names.size()));
      case SKEWED -> names.get(zipfIndex(uniform(requestIndex)));
    };
  }

  /** The warm-up requests' adapter: the first name, as in the reference; null without names. */
  public String warmupChoice() {
    return enabled() ? names.get(0) : null;
  }

  /** NumPy's {@code choice(p=...)}: the first index whose cumulative weight exceeds u, weights α^−i. */
  private int zipfIndex(double u) {
    double[] cumulative = new double[names.size()];
    double sum = 0;
    for (int i = 0; i < cumulative.length; i++) {
      sum += Math.pow(zipfAlpha, -i);
      cumulative[i] = sum;
    }
    for (int i = 0; i < cumulative.length - 1; i++) {
      if (u * sum < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  /** A uniform double in [0, 1): SplitMix64 of the salted seed at the request's position. */
  private double uniform(int requestIndex) {
    long z = mix64(seed ^ SALT) + (requestIndex + 1L) * GOLDEN_GAMMA;
    return (mix64(z) >>> 11) * 0x1.0p-53;
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The {@code lora-request-distribution} values. */
  public enum Distribution {
    UNIFORM,
    DISTINCT,
    SKEWED;

    /** @throws IllegalArgumentException for anything but {@code uniform}, {@code distinct}, {@code skewed} */
    public static Distribution parse(String value) {
      for (Distribution d : values()) {
        if (d.optionValue().equals(value)) {
          return d;
        }
      }
      throw new IllegalArgumentException("option lora-request-distribution: unknown value '" + value
          + "'; allowed values: uniform, distinct, skewed");
    }

    public String optionValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
