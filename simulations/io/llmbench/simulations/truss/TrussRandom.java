package io.llmbench.simulations.truss;

import static io.llmbench.backend.Backends.TRUSS;

import io.llmbench.gatling.LlmSimulation;

/** truss × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussRandom extends LlmSimulation {
  public TrussRandom() {
    super(TRUSS, "random");
  }
}
