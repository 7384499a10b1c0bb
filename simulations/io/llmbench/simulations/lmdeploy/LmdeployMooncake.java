package io.llmbench.simulations.lmdeploy;

import static io.llmbench.backend.Backends.LMDEPLOY;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployMooncake extends LlmSimulation {
  public LmdeployMooncake() {
    super(LMDEPLOY, "mooncake");
  }
}
