package io.llmbench.verdict;

import io.llmbench.metrics.Samples;
import io.llmbench.metrics.Stats;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The percentile bootstrap of a difference between two runs, resampling blocks of consecutive requests: requests
 * that ran at the same time share the machine's state (a GC pause, a neighbour's burst of work, the server's batch),
 * so they are not independent, and resampling them one by one would take a stall of a few seconds for a regression.
 * Each run's requests, in dispatch order, are cut into blocks of about √n; blocks are drawn with replacement (a
 * request's ITL gaps stay together too), the statistic is computed on both resamples, and the 2.5th and 97.5th
 * percentiles of the differences bound a 95 % interval. The seed is fixed, so the same two runs always give the
 * same interval.
 */
public final class Bootstrap {
  /** Enough for stable 2.5 % / 97.5 % tails; one sort of each run's pooled values per resample bounds the cost. */
  public static final int RESAMPLES = 1000;
  public static final long SEED = 42;

  private Bootstrap() {}

  /** A 95 % interval of now − baseline, in the figure's unit. */
  public record Interval(double low, double high) {
    /** Zero is outside: the runs differ beyond what resampling their requests explains. */
    public boolean excludesZero() {
      return low > 0 || high < 0;
    }
  }

  /** For each statistic the figure compares, the interval of its value in {@code now} minus its value in {@code base}. */
  public static Interval[] differences(Figure figure, Samples base, Samples now, int resamples, long seed) {
    List<Stat> stats = figure.compared();
    double[][] baseRows = figure.rows(base);
    double[][] nowRows = figure.rows(now);
    SplittableRandom random = new SplittableRandom(seed);
    double[][] diffs = new double[stats.size()][resamples];
    for (int b = 0; b < resamples; b++) {
      double[] was = Stat.all(stats, Samples.pooled(resample(baseRows, random)));
      double[] is = Stat.all(stats, Samples.pooled(resample(nowRows, random)));
      for (int i = 0; i < stats.size(); i++) {
        diffs[i][b] = figure.reported(is[i], now) - figure.reported(was[i], base);
      }
    }
    Interval[] out = new Interval[stats.size()];
    for (int i = 0; i < out.length; i++) {
      Arrays.sort(diffs[i]);
      out[i] = new Interval(Stats.percentileOfSorted(diffs[i], 2.5), Stats.percentileOfSorted(diffs[i], 97.5));
    }
    return out;
  }

  /** Blocks of consecutive rows drawn with replacement until there are as many rows as given. */
  static double[][] resample(double[][] rows, SplittableRandom random) {
    int n = rows.length;
    int length = blockLength(n);
    int blocks = (n + length - 1) / length;
    double[][] out = new double[n][];
    for (int i = 0; i < n; ) {
      int from = random.nextInt(blocks) * length;
      for (int j = from; j < Math.min(from + length, n) && i < n; j++) {
        out[i++] = rows[j];
      }
    }
    return out;
  }

  /** ⌈√n⌉: blocks long enough to hold a burst of disturbed requests, and enough of them to resample. */
  static int blockLength(int n) {
    return Math.max(1, (int) Math.ceil(Math.sqrt(n)));
  }
}
