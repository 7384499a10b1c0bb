package io.llmbench.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The timer thread runs due work on the owning event loop, in due order, never early, and skips cancelled work. */
class ChunkTimersTest {

  @Test
  void runsOnTheLoopInDueOrderNeverEarlyAndSkipsCancelled() throws Exception {
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    try (ChunkTimers timers = new ChunkTimers(0)) {
      EventLoop a = group.next();
      EventLoop b = group.next();
      long t0 = System.nanoTime();
      // 100 ms apart: a cold JVM or a busy machine may delay the set-up by tens of ms, never reorder these
      long ms = 10_000_000;
      List<String> ran = new CopyOnWriteArrayList<>();
      CountDownLatch done = new CountDownLatch(3);
      a.submit(() -> {
        timers.schedule(a, t0 + 30 * ms, () -> {
          assertTrue(a.inEventLoop());
          assertTrue(System.nanoTime() >= t0 + 30 * ms);
          ran.add("a30");
          done.countDown();
        });
        timers.schedule(a, t0 + 10 * ms, () -> {
          assertTrue(System.nanoTime() >= t0 + 10 * ms);
          ran.add("a10");
          done.countDown();
        });
        timers.schedule(a, t0 + 20 * ms, () -> ran.add("cancelled")).cancel();
      }).sync();
      b.submit(() -> timers.schedule(b, t0 + 20 * ms, () -> {
        assertTrue(b.inEventLoop());
        ran.add("b20");
        done.countDown();
      })).sync();
      assertTrue(done.await(5, TimeUnit.SECONDS));
      Thread.sleep(50);
      assertEquals(List.of("a10", "b20", "a30"), ran);
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }

  @Test
  void aTaskMayScheduleFollowUpsThatAreAlreadyDue() throws Exception {
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    try (ChunkTimers timers = new ChunkTimers(0)) {
      EventLoop loop = group.next();
      CountDownLatch chain = new CountDownLatch(100);
      long start = System.nanoTime();
      loop.submit(() -> step(timers, loop, start, chain)).sync();
      assertTrue(chain.await(5, TimeUnit.SECONDS), "a chain of 100 past-due timers completes");
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }

  private static void step(ChunkTimers timers, EventLoop loop, long due, CountDownLatch chain) {
    chain.countDown();
    if (chain.getCount() > 0) timers.schedule(loop, due, () -> step(timers, loop, due, chain));
  }
}
