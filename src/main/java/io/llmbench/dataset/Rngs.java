package io.llmbench.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The two random streams of a dataset, split from the seed. They mirror the reference's two
 * generators (NumPy for lengths and offsets, Python's {@code random} for shuffles), so that, as
 * there, the shuffle order does not depend on how many lengths were drawn.
 *
 * @param sampling lengths and offsets (also image counts, sizes and pixels)
 * @param shuffling shuffles of source texts (also drawn text ids and mmmu's sample of examples)
 */
record Rngs(SplittableRandom sampling, SplittableRandom shuffling) {

  static Rngs of(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    return new Rngs(root.split(), root.split());
  }

  /**
   * A third stream of the seed, independent of {@link #of}'s two: for draws that must not shift the others (the
   * reference's isolated {@code numpy.random.default_rng(seed)}).
   */
  static SplittableRandom isolated(long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    root.split();
    root.split();
    return root.split();
  }

  /** A shuffled copy (Fisher–Yates from the end, as Python's {@code random.shuffle}). */
  <T> List<T> shuffled(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, shuffling.nextInt(i + 1));
    }
    return copy;
  }
}
