package io.llmbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientLoadTest {
  @Test
  void coresAreCpuOverWallAndAShareOfASharedMachineIsCalledOut() {
    ClientLoad busy = new ClientLoad(3_000_000_000L, 0, 2_000_000_000L, 4, true, false);
    assertEquals(1.5, busy.cores(), 1e-12);
    assertTrue(busy.crowdsTheServer(), "1.5 of 4 cores beside the server");
    assertFalse(new ClientLoad(900_000_000L, 0, 1_000_000_000L, 4, true, false).crowdsTheServer(), "0.9 of 4 is fine");
    assertFalse(new ClientLoad(3_000_000_000L, 0, 2_000_000_000L, 4, false, false).crowdsTheServer(), "server elsewhere");
    assertFalse(new ClientLoad(3_000_000_000L, 0, 2_000_000_000L, 4, true, true).crowdsTheServer(), "the embedded mock");
    assertEquals(0, new ClientLoad(5, 0, 0, 4, true, false).cores());
  }

  @Test
  void jitCoresAreCompileTimeOverWall() {
    assertEquals(0.16, new ClientLoad(600_000_000L, 160_000_000L, 1_000_000_000L, 2, true, false).jitCores(), 1e-12);
    assertEquals(0.0, new ClientLoad(600_000_000L, 160_000_000L, 0, 2, true, false).jitCores());
    assertNull(new ClientLoad(600_000_000L, -1, 1_000_000_000L, 2, true, false).jitCores(),
        "a JVM without compile-time monitoring tells nothing");
  }

  @Test
  void theLoadBetweenTwoStampsIsTheirDifference() {
    ClientLoad load = ClientLoad.between(new ClientLoad.Stamp(1_000, 10_000, 500_000),
        new ClientLoad.Stamp(2_001_000, 1_010_000, 700_000), 2, true, false);
    assertEquals(new ClientLoad(1_000_000, 200_000, 2_000_000, 2, true, false), load);
    assertEquals(-1, ClientLoad.between(new ClientLoad.Stamp(0, 0, -1), new ClientLoad.Stamp(5, 5, -1), 2, true, false)
        .compileNanos());
    // this JVM's own stamps move forward
    ClientLoad.Stamp first = ClientLoad.Stamp.now();
    ClientLoad.Stamp later = ClientLoad.Stamp.now();
    assertTrue(later.wallNanos() >= first.wallNanos() && later.cpuNanos() >= first.cpuNanos()
        && later.compileNanos() >= first.compileNanos());
  }
}
