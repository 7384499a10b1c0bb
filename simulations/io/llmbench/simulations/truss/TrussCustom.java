package io.llmbench.simulations.truss;

import static io.llmbench.backend.Backends.TRUSS;

import io.llmbench.gatling.LlmSimulation;

/** truss × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussCustom extends LlmSimulation {
  public TrussCustom() {
    super(TRUSS, "custom");
  }
}
