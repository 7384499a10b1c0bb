package io.llmbench.metrics;

/**
 * The NumPy statistics {@code sglang.bench_serving} uses, reproduced to the last bit on float64 data.
 *
 * <p>Every function returns 0 for an empty array: SGLang passes {@code values or 0} to NumPy, and
 * the statistics of the scalar 0 are all 0. Functions named for sorted input require ascending
 * order (sort once, then take the median and any number of percentiles).
 */
public final class Stats {
  /** NumPy's {@code PW_BLOCKSIZE}: at most this many elements are summed with 8 accumulators. */
  private static final int PAIRWISE_BLOCK = 128;

  private Stats() {}

  /**
   * {@code np.sum}: the float64 add-reduction, which starts from 0.0 and adds NumPy's pairwise sum
   * of the whole array (NumPy ≥ 2.3 hands a contiguous reduction to one inner loop; older versions
   * cut it into 8192-element blocks, which can differ in the last bit above 8192 values).
   */
  public static double sum(double[] values) {
    return 0.0 + pairwise(values, 0, values.length, 0.0, false);
  }

  /** {@code np.mean}: {@link #sum} / n. */
  public static double mean(double[] values) {
    return values.length == 0 ? 0.0 : sum(values) / values.length;
  }

  /** {@code np.std} (population, ddof = 0): sqrt(sum((x − mean)²) / n), both sums pairwise. */
  public static double std(double[] values) {
    int n = values.length;
    if (n == 0) {
      return 0.0;
    }
    double mean = mean(values);
    return Math.sqrt((0.0 + pairwise(values, 0, n, mean, true)) / n);
  }

  /** {@code np.max} (NaN propagates, as in NumPy). */
  public static double max(double[] values) {
    if (values.length == 0) {
      return 0.0;
    }
    double max = values[0];
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }

  /** {@code np.median} of ascending values: the middle one, or the NumPy mean of the middle two. */
  public static double medianOfSorted(double[] sorted) {
    int n = sorted.length;
    if (n == 0) {
      return 0.0;
    }
    if (n % 2 == 1) {
      return sorted[n / 2];
    }
    // np.mean of the two middle values: 0.0 + a + b, then / 2.
    return (0.0 + sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * {@code np.percentile(values, q)} with the default linear method, on ascending values:
   * virtual index (n − 1)·(q / 100), then NumPy's {@code _lerp}, which interpolates from the upper
   * neighbour when the fraction is ≥ 0.5 (that choice changes the last bit).
   */
  public static double percentileOfSorted(double[] sorted, double q) {
    int n = sorted.length;
    if (n == 0) {
      return 0.0;
    }
    double virtualIndex = (n - 1) * (q / 100);
    if (virtualIndex >= n - 1) {
      return sorted[n - 1];
    }
    if (virtualIndex < 0) {
      return sorted[0];
    }
    int below = (int) Math.floor(virtualIndex);
    double gamma = virtualIndex - below;
    double a = sorted[below];
    double b = sorted[below + 1];
    double diff = b - a;
    return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
  }

  /**
   * NumPy's {@code pairwise_sum} for float64 over {@code a[from, from + n)}: fewer than 8 values are
   * added in order, up to 128 with 8 interleaved accumulators combined as a tree, larger ranges are
   * split at a multiple of 8. With {@code squaredDeviation} each term is (x − shift)², the second
   * reduction of {@code np.var}, without materialising that array.
   */
  private static double pairwise(double[] a, int from, int n, double shift, boolean squaredDeviation) {
    if (n < 8) {
      double res = 0.0;
      for (int i = from; i < from + n; i++) {
        res += term(a[i], shift, squaredDeviation);
      }
      return res;
    }
    if (n <= PAIRWISE_BLOCK) {
      double[] r = new double[8];
      for (int j = 0; j < 8; j++) {
        r[j] = term(a[from + j], shift, squaredDeviation);
      }
      int i = 8;
      for (; i < n - (n % 8); i += 8) {
        for (int j = 0; j < 8; j++) {
          r[j] += term(a[from + i + j], shift, squaredDeviation);
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += term(a[from + i], shift, squaredDeviation);
      }
      return res;
    }
    int half = n / 2;
    half -= half % 8;
    return pairwise(a, from, half, shift, squaredDeviation)
        + pairwise(a, from + half, n - half, shift, squaredDeviation);
  }

  private static double term(double x, double shift, boolean squaredDeviation) {
    if (!squaredDeviation) {
      return x;
    }
    double d = x - shift;
    return d * d;
  }
}
