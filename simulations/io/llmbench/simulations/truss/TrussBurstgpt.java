package io.llmbench.simulations.truss;

import static io.llmbench.backend.Backends.TRUSS;

import io.llmbench.gatling.LlmSimulation;

/** truss × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussBurstgpt extends LlmSimulation {
  public TrussBurstgpt() {
    super(TRUSS, "burstgpt");
  }
}
