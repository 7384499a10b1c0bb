package io.llmbench.gatling;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * bench_serving's semaphore: at most {@code capacity} requests (or conversations) in flight, the waiting ones
 * admitted in arrival order. A waiter resumes on its own event loop as soon as a slot is released, so the next
 * stream starts right at the end of the previous one.
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

  private record Waiter(long order, EventLoop loop, Runnable admitted) {}

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
   */
  void acquire(long index, EventLoop loop, Runnable admitted) {
    Waiter me;
    List<Waiter> ready;
    synchronized (this) {
      me = new Waiter(inIndexOrder ? index : asked++, loop, admitted);
      waiting.add(me);
      ready = admit();
    }
    for (Waiter w : ready) {
      if (w == me) {
        w.admitted().run();
      } else {
        w.loop().execute(w.admitted());
      }
    }
  }

  /** Frees a slot, handing it straight to the next waiter if there is one. */
  void release() {
    List<Waiter> ready;
    synchronized (this) {
      inUse--;
      ready = admit();
    }
    ready.forEach(w -> w.loop().execute(w.admitted()));
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
