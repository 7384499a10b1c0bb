package io.llmbench.dataset;

/**
 * A token list repeated without end and read from its start: the reference's "repeat the ids
 * ⌈target/len⌉ times and cut", continued when more is needed.
 */
final class TokenCycle {
  private final int[] ids;
  private long next;

  TokenCycle(int[] ids) {
    if (ids.length == 0) {
      throw new IllegalArgumentException("nothing to repeat");
    }
    this.ids = ids;
  }

  /** The next {@code n} ids. */
  int[] take(int n) {
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[k] = ids[(int) (next++ % ids.length)];
    }
    return out;
  }
}
