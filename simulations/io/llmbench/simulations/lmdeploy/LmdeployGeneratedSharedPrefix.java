package io.llmbench.simulations.lmdeploy;

import static io.llmbench.backend.Backends.LMDEPLOY;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployGeneratedSharedPrefix extends LlmSimulation {
  public LmdeployGeneratedSharedPrefix() {
    super(LMDEPLOY, "generated-shared-prefix");
  }
}
