package io.llmbench.simulations.truss;

import static io.llmbench.backend.Backends.TRUSS;

import io.llmbench.gatling.LlmSimulation;

/** truss × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussGeneratedSharedPrefix extends LlmSimulation {
  public TrussGeneratedSharedPrefix() {
    super(TRUSS, "generated-shared-prefix");
  }
}
