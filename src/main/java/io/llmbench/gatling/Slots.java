package io.llmbench.gatling;

import io.netty.channel.EventLoop;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * bench_serving's semaphore: at most {@code capacity} requests (or conversations) in flight, the waiting ones
 * admitted first come, first served. A waiter resumes on its own event loop as soon as a slot is released, so the
 * next stream starts right at the end of the previous one.
 */
final class Slots {
  private final int capacity;
  private final Queue<Waiter> waiting = new ArrayDeque<>();
  private int inUse;

  private record Waiter(EventLoop loop, Runnable admitted) {}

  Slots(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a concurrency cap must be at least 1, got " + capacity);
    }
    this.capacity = capacity;
  }

  /** Runs {@code admitted} now (on this thread) when a slot is free, else on {@code loop} once one is. */
  void acquire(EventLoop loop, Runnable admitted) {
    synchronized (this) {
      if (inUse >= capacity) {
        waiting.add(new Waiter(loop, admitted));
        return;
      }
      inUse++;
    }
    admitted.run();
  }

  /** Frees a slot, handing it straight to the longest waiter if there is one. */
  void release() {
    Waiter next;
    synchronized (this) {
      next = waiting.poll();
      if (next == null) {
        inUse--;
        return;
      }
    }
    next.loop().execute(next.admitted());
  }

  synchronized int inUse() {
    return inUse;
  }
}
