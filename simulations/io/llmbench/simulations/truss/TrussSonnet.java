package io.llmbench.simulations.truss;

import static io.llmbench.backend.Backends.TRUSS;

import io.llmbench.gatling.LlmSimulation;

/** truss × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussSonnet extends LlmSimulation {
  public TrussSonnet() {
    super(TRUSS, "sonnet");
  }
}
