package io.llmbench.simulations.lmdeploy;

import static io.llmbench.backend.Backends.LMDEPLOY;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeploySonnet extends LlmSimulation {
  public LmdeploySonnet() {
    super(LMDEPLOY, "sonnet");
  }
}
