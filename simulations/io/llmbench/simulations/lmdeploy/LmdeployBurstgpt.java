package io.llmbench.simulations.lmdeploy;

import static io.llmbench.backend.Backends.LMDEPLOY;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployBurstgpt extends LlmSimulation {
  public LmdeployBurstgpt() {
    super(LMDEPLOY, "burstgpt");
  }
}
