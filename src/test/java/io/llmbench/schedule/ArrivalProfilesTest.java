package io.llmbench.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.llmbench.schedule.RampUpProfile.Strategy;
import org.junit.jupiter.api.Test;

class ArrivalProfilesTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double UNSET = Double.NaN;

  @Test
  void namesMapToGenerators() {
    assertEquals(new PoissonProfile(5), ArrivalProfiles.of("poisson", 5, 1, UNSET, UNSET));
    assertEquals(new GammaProfile(5, 0.5), ArrivalProfiles.of("gamma", 5, 0.5, UNSET, UNSET));
    assertEquals(new ConstantProfile(5), ArrivalProfiles.of("constant", 5, 1, UNSET, UNSET));
    assertEquals(new RampUpProfile(Strategy.LINEAR, 1, 9, 1), ArrivalProfiles.of("ramp-up-linear", INF, 1, 1, 9));
    assertEquals(new RampUpProfile(Strategy.EXPONENTIAL, 1, 9, 2),
        ArrivalProfiles.of("ramp-up-exponential", INF, 2, 1, 9));
    assertEquals(new BurstProfile(), ArrivalProfiles.of("inf", INF, 1, UNSET, UNSET));
  }

  @Test
  void errorsNameTheOptionTheValueAndWhatIsAllowed() {
    assertMessage("arrival-profile = uniform: must be one of poisson, gamma, constant, ramp-up-linear",
        () -> ArrivalProfiles.of("uniform", 5, 1, UNSET, UNSET));
    assertMessage("arrival-profile = trace: build it from the trace's timestamps",
        () -> ArrivalProfiles.of("trace", 5, 1, UNSET, UNSET));
    assertMessage("request-rate = -2.0: must be > 0", () -> ArrivalProfiles.of("poisson", -2, 1, UNSET, UNSET));
    assertMessage("request-rate = NaN: must be > 0", () -> ArrivalProfiles.of("gamma", UNSET, 1, UNSET, UNSET));
    assertMessage("burstiness = 0.0: must be > 0", () -> ArrivalProfiles.of("gamma", 5, 0, UNSET, UNSET));
    assertMessage("burstiness = 2.0: only gamma and ramp-up-* use it (arrival-profile = poisson)",
        () -> ArrivalProfiles.of("poisson", 5, 2, UNSET, UNSET));
    assertMessage("ramp-up-end-rps = 9.0: only ramp-up-linear and ramp-up-exponential use it",
        () -> ArrivalProfiles.of("gamma", 5, 1, UNSET, 9));
    assertMessage("request-rate = 5.0: must be left unset (inf) with arrival-profile ramp-up-linear",
        () -> ArrivalProfiles.of("ramp-up-linear", 5, 1, 1, 9));
    assertMessage("ramp-up-start-rps = 0.0: must be a finite number > 0",
        () -> ArrivalProfiles.of("ramp-up-exponential", INF, 1, 0, 9));
    assertMessage("ramp-up-start-rps = NaN", () -> ArrivalProfiles.of("ramp-up-linear", INF, 1, UNSET, 9));
    assertMessage("ramp-up-start-rps = 10.0: must be ≤ ramp-up-end-rps (9.0)",
        () -> ArrivalProfiles.of("ramp-up-linear", INF, 1, 10, 9));
    assertMessage("num-prompts = -1", () -> ArrivalProfiles.of("poisson", 5, 1, UNSET, UNSET).schedule(-1, 0));
  }

  private static void assertMessage(String expected, Runnable r) {
    String message = assertThrows(IllegalArgumentException.class, r::run).getMessage();
    assertTrue(message.contains(expected), message);
  }
}
