package io.llmbench.simulations.truss;

import static io.llmbench.backend.Backends.TRUSS;

import io.llmbench.gatling.LlmSimulation;

/** truss × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussMooncake extends LlmSimulation {
  public TrussMooncake() {
    super(TRUSS, "mooncake");
  }
}
