package io.llmbench.simulations.truss;

import static io.llmbench.backend.Backends.TRUSS;

import io.llmbench.gatling.LlmSimulation;

/** truss × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussSharegpt extends LlmSimulation {
  public TrussSharegpt() {
    super(TRUSS, "sharegpt");
  }
}
