package io.llmbench.simulations.truss;

import static io.llmbench.backend.Backends.TRUSS;

import io.llmbench.gatling.LlmSimulation;

/** truss × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussRandomIds extends LlmSimulation {
  public TrussRandomIds() {
    super(TRUSS, "random-ids");
  }
}
