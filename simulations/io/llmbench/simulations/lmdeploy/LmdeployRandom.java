package io.llmbench.simulations.lmdeploy;

import static io.llmbench.backend.Backends.LMDEPLOY;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployRandom extends LlmSimulation {
  public LmdeployRandom() {
    super(LMDEPLOY, "random");
  }
}
