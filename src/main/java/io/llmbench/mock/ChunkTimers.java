package io.llmbench.mock;

import io.netty.channel.EventLoop;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs chunk writes on their connection's event loop at absolute {@code nanoTime} deadlines, without Netty's
 * scheduler.
 *
 * <p>Why: the NIO selector (the mock's transport where epoll is missing) sleeps in whole milliseconds and busy-polls
 * ({@code selectNow} in a loop) whenever its next scheduled task is under 0.5 ms away. With hundreds of streams some
 * deadline always is, so Netty-scheduled chunk timers keep the event loops spinning and take the cores a co-located
 * client (Gatling) needs. Here the event loops have no deadlines and block in select until there is work; one timer
 * thread sleeps ({@code parkNanos}, about 0.1 ms precision) until the earliest deadline of any loop and hands that
 * loop one task that runs everything due. Each loop's timers sit in a queue only that loop touches; only "my earliest
 * deadline" crosses threads.
 */
final class ChunkTimers implements AutoCloseable {

  /** One pending action; {@link #cancel()} (on its loop) keeps it from running. */
  static final class Timer {
    private final long due;
    private final Runnable task;
    private boolean cancelled;

    private Timer(long due, Runnable task) {
      this.due = due;
      this.task = task;
    }

    void cancel() {
      cancelled = true;
    }
  }

  /** How long one drain may run before the loop gets to do I/O again. */
  private static final long DRAIN_SLICE_NANOS = 1_000_000;

  private final long tickNanos;
  private final Map<EventLoop, LoopTimers> byLoop = new ConcurrentHashMap<>();
  private final List<LoopTimers> loops = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;
  /** The deadline the timer thread sleeps until (MAX: none); a loop with an earlier one unparks it. */
  private volatile long sleepUntil = Long.MAX_VALUE;

  /** @param tickNanos round deadlines up to multiples of this (fewer wake-ups), 0 for exact deadlines */
  ChunkTimers(long tickNanos) {
    this.tickNanos = tickNanos;
    this.thread = new Thread(this::run, "llmbench-mock-timer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Runs {@code task} on {@code loop} at the first tick at or after {@code dueNanos}, never before. Call on loop. */
  Timer schedule(EventLoop loop, long dueNanos, Runnable task) {
    long wake = tickNanos > 0 ? -Math.floorDiv(-dueNanos, tickNanos) * tickNanos : dueNanos; // ceiling, nanoTime < 0 ok
    Timer timer = new Timer(wake, task);
    byLoop.computeIfAbsent(loop, this::register).add(timer);
    return timer;
  }

  private LoopTimers register(EventLoop loop) {
    LoopTimers timers = new LoopTimers(loop);
    loops.add(timers);
    return timers;
  }

  /** The timers of one event loop: the queue is confined to the loop, {@code next} is published to the thread. */
  private final class LoopTimers {
    private final EventLoop loop;
    private final PriorityQueue<Timer> queue = new PriorityQueue<>(Comparator.comparingLong((Timer t) -> t.due));
    private final AtomicBoolean dispatched = new AtomicBoolean();
    private final Runnable drain = this::drain;
    private volatile long next = Long.MAX_VALUE;

    LoopTimers(EventLoop loop) {
      this.loop = loop;
    }

    void add(Timer timer) {
      queue.add(timer);
      if (timer.due < next) publish(timer.due);
    }

    /**
     * Runs what is due (tasks may add timers), then publishes the new earliest deadline. An overloaded loop works in
     * slices and requeues itself between them, so reads (new requests, closes) are not starved by a long backlog.
     */
    void drain() {
      dispatched.set(false);
      long now = System.nanoTime();
      int ran = 0;
      for (Timer t = queue.peek(); t != null && t.due <= now; t = queue.peek()) {
        queue.poll();
        if (!t.cancelled) t.task.run();
        if (++ran % 32 == 0 && System.nanoTime() - now > DRAIN_SLICE_NANOS) {
          dispatched.set(true); // still due: the timer thread leaves this loop alone until the next slice
          loop.execute(drain);
          return;
        }
      }
      Timer first = queue.peek();
      publish(first == null ? Long.MAX_VALUE : first.due);
    }

    private void publish(long due) {
      next = due;
      if (due < sleepUntil) LockSupport.unpark(thread);
    }
  }

  private void run() {
    while (running) {
      long earliest = dispatchDue();
      sleepUntil = earliest;
      // A loop that published after the scan saw the old sleepUntil; scanning once more after publishing ours means
      // one of the two sides always sees the other's write, so no deadline is slept through.
      earliest = Math.min(earliest, dispatchDue());
      long now = System.nanoTime();
      if (earliest == Long.MAX_VALUE) {
        LockSupport.park(this);
      } else if (earliest > now) {
        LockSupport.parkNanos(this, earliest - now);
      }
    }
  }

  /** Hands each loop with something due one drain task; returns the earliest deadline not yet due. */
  private long dispatchDue() {
    long now = System.nanoTime();
    long earliest = Long.MAX_VALUE;
    for (LoopTimers timers : loops) {
      long due = timers.next;
      if (due > now) {
        earliest = Math.min(earliest, due);
      } else if (timers.dispatched.compareAndSet(false, true)) {
        try {
          timers.loop.execute(timers.drain);
        } catch (RejectedExecutionException e) {
          // the loop is shutting down: its connections are closed and nothing is left to write
        }
      }
    }
    return earliest;
  }

  /** Stops the timer thread; pending timers never run (their connections are closed first). */
  @Override
  public void close() {
    running = false;
    LockSupport.unpark(thread);
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
