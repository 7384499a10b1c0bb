package io.llmbench.gatling;

import io.netty.channel.EventLoop;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * bench_serving's semaphore: at most {@code capacity} requests (or conversations) in flight, the waiting ones
 * admitted in arrival order. A waiter resumes as soon as a slot is released, on the event loop of the stream that
 * freed it, so the next stream starts right at the end of the previous one, with no other thread to wake, and finds
 * that stream's kept-alive connection in its loop's pool (Gatling pools connections per event loop: on another loop
 * it would open a new one). It is told when that stream ended, so the refill is measured. A slot released with no
 * one waiting remembers that loop, and the next request to find it free runs there, even in the next phase.
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
  /** Where the last streams of free slots ran, latest first: their kept-alive connections rest in those loops' pools. */
  private final Deque<EventLoop> idleLoops;

  private record Waiter(long order, EventLoop loop, Admitted admitted) {}

  /** What a waiter does once the slot is its own. */
  @FunctionalInterface
  interface Admitted {
    /**
     * @param freedNanos when the stream whose slot this is ended ({@link System#nanoTime()}), or 0 when no stream
     *     ended for it (a free slot, or admitted in its turn of the index order)
     * @param loop the event loop this runs on, where the request's exchange should run too
     */
    void admitted(long freedNanos, EventLoop loop);
  }

  /**
   * @param inIndexOrder admit by the index given to {@link #acquire}, each index once, none skipped
   */
  Slots(int capacity, boolean inIndexOrder) {
    this(capacity, inIndexOrder, new ConcurrentLinkedDeque<>());
  }

  private Slots(int capacity, boolean inIndexOrder, Deque<EventLoop> idleLoops) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a concurrency cap must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
    this.inIndexOrder = inIndexOrder;
    this.idleLoops = idleLoops;
  }

  /**
   * The cap for the phase that follows this one once it is over (the measured phase after the warm-up): its free
   * slots start where this one's last streams left their connections.
   */
  Slots next() {
    return new Slots(capacity, inIndexOrder, idleLoops);
  }

  /**
   * Runs {@code admitted} once a slot is this request's: when that is now, on the loop the free slot's last stream ran
   * on (this thread if it is that loop or the slot has none, told {@code loop} then); later, on the loop a release
   * names, or {@code loop}.
   *
   * @param index the request's index in arrival order (ignored unless admitting in index order)
   * @param loop the waiter's own event loop
   */
  void acquire(long index, EventLoop loop, Admitted admitted) {
    Waiter me;
    List<Waiter> ready;
    synchronized (this) {
      me = new Waiter(inIndexOrder ? index : asked++, loop, admitted);
      waiting.add(me);
      ready = admit();
    }
    for (Waiter w : ready) {
      EventLoop home = idleLoops.poll();
      EventLoop on = home != null ? home : w.loop();
      if (w == me && (home == null || home.inEventLoop())) {
        w.admitted().admitted(0, on);
      } else {
        on.execute(() -> w.admitted().admitted(0, on));
      }
    }
  }

  /**
   * Frees a slot, handing it straight to the next waiter if there is one.
   *
   * @param endNanos when the stream that held it ended
   * @param freedOn the event loop that stream ran on, where the next waiter runs; null for the waiter's own (no
   *     stream's connection to pass on)
   */
  void release(long endNanos, EventLoop freedOn) {
    List<Waiter> ready;
    synchronized (this) {
      inUse--;
      ready = admit();
      if (ready.isEmpty() && freedOn != null) {
        idleLoops.push(freedOn);
      }
    }
    for (Waiter w : ready) {
      EventLoop loop = freedOn != null ? freedOn : w.loop();
      loop.execute(() -> w.admitted().admitted(endNanos, loop));
    }
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
