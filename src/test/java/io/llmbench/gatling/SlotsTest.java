package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SlotsTest {
  private final DefaultEventLoop loop = new DefaultEventLoop();
  private final List<Integer> admitted = new CopyOnWriteArrayList<>();
  /** What each admitted request was told of the stream that freed its slot. */
  private final List<Long> freedAt = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
  }

  private void acquire(Slots slots, int index) {
    slots.acquire(index, loop, (freed, on) -> {
      admitted.add(index);
      freedAt.add(freed);
    });
  }

  /** Waits until the loop has run what was handed to it. */
  private void settle() throws Exception {
    loop.submit(() -> { }).get(1, TimeUnit.SECONDS);
  }

  @Test
  void aWorkloadIsAdmittedInIndexOrderWhateverOrderItAsksIn() throws Exception {
    Slots slots = new Slots(1, true);
    acquire(slots, 2);
    acquire(slots, 1);
    assertEquals(List.of(), admitted, "index 0 comes first, even when it asks last");
    acquire(slots, 0);
    assertEquals(List.of(0), admitted);
    slots.release(42, null);
    settle();
    assertEquals(List.of(0, 1), admitted);
    slots.release(43, null);
    settle();
    assertEquals(List.of(0, 1, 2), admitted);
    assertEquals(List.of(0L, 42L, 43L), freedAt, "each is told when the stream it replaces ended");
    assertEquals(1, slots.inUse());
  }

  @Test
  void aScenarioIsAdmittedFirstComeFirstServedUpToTheCap() throws Exception {
    Slots slots = new Slots(2, false);
    for (int i : new int[] {7, 3, 5, 1}) {
      acquire(slots, i);
    }
    assertEquals(List.of(7, 3), admitted, "two in flight");
    slots.release(42, null);
    settle();
    assertEquals(List.of(7, 3, 5), admitted, "the longest waiter next");
    assertEquals(List.of(0L, 0L, 42L), freedAt, "free slots had no stream to wait for");
    assertEquals(2, slots.inUse());
  }

  @Test
  void aReleasedSlotPassesToTheNextWaiterOnTheLoopOfTheStreamThatFreedIt() throws Exception {
    DefaultEventLoop freeing = new DefaultEventLoop();
    try {
      Slots slots = new Slots(1, false);
      slots.acquire(0, loop, (freed, on) -> assertEquals(loop, on, "a free slot: the waiter's own loop, now"));
      CompletableFuture<String> ranOn = new CompletableFuture<>();
      slots.acquire(1, loop, (freed, on) -> ranOn.complete(
          (on == freeing) + " " + freeing.inEventLoop() + " " + freed));
      slots.release(42, freeing);
      // told the freeing loop, and run on it: the stream's kept-alive connection is in that loop's pool
      assertEquals("true true 42", ranOn.get(1, TimeUnit.SECONDS));
    } finally {
      freeing.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
    }
  }

  @Test
  void aFreeSlotRunsItsNextRequestWhereItsLastStreamRanEvenInTheNextPhase() throws Exception {
    DefaultEventLoop freeing = new DefaultEventLoop();
    try {
      Slots warmup = new Slots(2, true);
      acquire(warmup, 0);
      warmup.release(42, freeing); // no one waiting: the slot remembers the loop
      Slots measured = warmup.next();
      CompletableFuture<String> ranOn = new CompletableFuture<>();
      measured.acquire(0, loop, (freed, on) -> ranOn.complete((on == freeing) + " " + freeing.inEventLoop()));
      assertEquals("true true", ranOn.get(1, TimeUnit.SECONDS), "the warm-up's connection rests in that loop's pool");
      CompletableFuture<EventLoop> second = new CompletableFuture<>();
      measured.acquire(1, loop, (freed, on) -> second.complete(on));
      assertEquals(loop, second.get(1, TimeUnit.SECONDS), "a slot never used runs on the waiter's own loop");
    } finally {
      freeing.shutdownGracefully(0, 1, TimeUnit.SECONDS).await();
    }
  }
}
