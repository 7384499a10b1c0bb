package io.llmbench.gatling;

import io.llmbench.backend.RequestInput;

/**
 * One request as resolved for a session: what to send, when, and under which name it is counted.
 *
 * @param name the Gatling row it is counted in
 * @param index the run's index of the request (the dataset row; the order of {@code llm(...)} requests)
 * @param scheduledNanos its intended send time; 0 = as soon as the action runs (a scenario's own pacing)
 * @param dispatcher the arrival schedule it came from, or null
 * @param slots the concurrency cap it waits for, or null
 * @param lastTurn whether its conversation ends with it: its slot is freed when its stream ends
 * @param promptTokens counts the row's prompt for SGLang's input figures; run on the recorder's thread, so that a
 *     scenario's tokenizing stays off the event loop that sends and reads
 */
record Outgoing(
    String name,
    int index,
    RequestInput input,
    boolean warmup,
    long scheduledNanos,
    Dispatcher dispatcher,
    Slots slots,
    boolean lastTurn,
    java.util.function.ToIntFunction<io.llmbench.dataset.DatasetRow> promptTokens) {

  /** A conversation takes its slot with its first turn and holds it until its last. */
  boolean takesSlot() {
    return slots != null && input.turn() == 0;
  }
}
