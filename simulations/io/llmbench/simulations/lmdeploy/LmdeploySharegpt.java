package io.llmbench.simulations.lmdeploy;

import static io.llmbench.backend.Backends.LMDEPLOY;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeploySharegpt extends LlmSimulation {
  public LmdeploySharegpt() {
    super(LMDEPLOY, "sharegpt");
  }
}
