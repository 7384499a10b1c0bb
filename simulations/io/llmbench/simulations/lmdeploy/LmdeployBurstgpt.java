package io.llmbench.simulations.lmdeploy;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployBurstgpt extends LlmSimulation {
  public LmdeployBurstgpt() {
    super("lmdeploy", "burstgpt");
  }
}
