package io.llmbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientLoadTest {
  @Test
  void coresAreCpuOverWallAndAShareOfASharedMachineIsCalledOut() {
    ClientLoad busy = new ClientLoad(3_000_000_000L, 2_000_000_000L, 4, true, false);
    assertEquals(1.5, busy.cores(), 1e-12);
    assertTrue(busy.crowdsTheServer(), "1.5 of 4 cores beside the server");
    assertFalse(new ClientLoad(900_000_000L, 1_000_000_000L, 4, true, false).crowdsTheServer(), "0.9 of 4 is fine");
    assertFalse(new ClientLoad(3_000_000_000L, 2_000_000_000L, 4, false, false).crowdsTheServer(), "server elsewhere");
    assertFalse(new ClientLoad(3_000_000_000L, 2_000_000_000L, 4, true, true).crowdsTheServer(), "the embedded mock");
    assertEquals(0, new ClientLoad(5, 0, 4, true, false).cores());
  }
}
