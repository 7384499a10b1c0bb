package io.llmbench.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.schedule.ArrivalSchedule;
import io.llmbench.schedule.RampUpProfile;
import io.llmbench.schedule.RateChange;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DispatcherTest {

  @Test
  void eachRampStepIsAnnouncedByTheFirstRequestIntendedInIt() {
    ArrivalSchedule schedule = new RampUpProfile(RampUpProfile.Strategy.LINEAR, 1, 20, 1.0).schedule(300, 3);
    assertTrue(schedule.rateChanges().size() > 5, "a ramp with steps: " + schedule.rateChanges());
    Dispatcher dispatcher = new Dispatcher(schedule, 0, () -> { });
    Set<Integer> announced = new HashSet<>();
    for (int i = 0; i < schedule.size(); i++) {
      int index = i;
      dispatcher.rateChangeAt(i).ifPresent(change -> {
        announced.add(change.rps());
        assertTrue(schedule.offsetNanos(index) >= change.offsetNanos(), "not before its step");
        assertTrue(index == 0 || schedule.offsetNanos(index - 1) < change.offsetNanos(), "the first of its step");
      });
    }
    assertEquals(schedule.rateChanges().stream().map(RateChange::rps).collect(java.util.stream.Collectors.toSet()),
        announced);
    assertFalse(new Dispatcher(ArrivalSchedule.burst(10), 0, () -> { }).rateChangeAt(0).isPresent(), "no ramp");
  }
}
