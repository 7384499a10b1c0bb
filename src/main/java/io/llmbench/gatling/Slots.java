package io.llmbench.gatling;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.LongConsumer;

/**
 * bench_serving's semaphore: at most {@code capacity} requests (or conversations) in flight, the waiting ones
 * admitted in arrival order. A waiter resumes on its own event loop as soon as a slot is released, so the next
 * stream starts right at the end of the previous one; it is told when that one ended, so the refill is measured.
 *
 * <p>A workload's requests are admitted strictly in index order (its arrival order), as bench_serving's tasks
 * reach its semaphore: requests due at the same instant (a burst) would otherwise race from several event loops.
 * A scenario's requests are admitted in the order they ask.
 */
final class Slots {
  private final int capacity;
  private final boolean inIndexOrder;
  private final PriorityQueue<Waiter> waiting = new PriorityQueue<>(Comparator.comparingLong(Waiter::order));
  private int inUse;
  private long nextIndex;
  private long asked;

  private record Waiter(long order, EventLoop loop, LongConsumer admitted) {}

  /**
   * @param inIndexOrder admit by the index given to {@link #acquire}, each index once, none skipped
   */
  Slots(int capacity, boolean inIndexOrder) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a concurrency cap must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
    this.inIndexOrder = inIndexOrder;
  }

  /**
   * Runs {@code admitted} once a slot is this request's: on this thread when that is now, else on {@code loop}.
   *
   * @param index the request's index in arrival order (ignored unless admitting in index order)
   * @param admitted given the end of the stream whose slot this is ({@link System#nanoTime()}), or 0 when no
   *     stream ended for it (a free slot, or admitted in its turn of the index order)
   */
  void acquire(long index, EventLoop loop, LongConsumer admitted) {
    Waiter me;
    List<Waiter> ready;
    synchronized (this) {
      me = new Waiter(inIndexOrder ? index : asked++, loop, admitted);
      waiting.add(me);
      ready = admit();
    }
    for (Waiter w : ready) {
      if (w == me) {
        w.admitted().accept(0);
      } else {
        w.loop().execute(() -> w.admitted().accept(0));
      }
    }
  }

  /**
   * Frees a slot, handing it straight to the next waiter if there is one.
   *
   * @param endNanos when the stream that held it ended
   */
  void release(long endNanos) {
    List<Waiter> ready;
    synchronized (this) {
      inUse--;
      ready = admit();
    }
    ready.forEach(w -> w.loop().execute(() -> w.admitted().accept(endNanos)));
  }

  private List<Waiter> admit() {
    List<Waiter> ready = new ArrayList<>();
    while (inUse < capacity && !waiting.isEmpty() && (!inIndexOrder || waiting.peek().order() == nextIndex)) {
      ready.add(waiting.poll());
      inUse++;
      nextIndex++;
    }
    return ready;
  }

  synchronized int inUse() {
    return inUse;
  }
}
