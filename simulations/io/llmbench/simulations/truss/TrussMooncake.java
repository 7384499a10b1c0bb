package io.llmbench.simulations.truss;

import io.llmbench.gatling.LlmSimulation;

/** truss × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class TrussMooncake extends LlmSimulation {
  public TrussMooncake() {
    super("truss", "mooncake");
  }
}
