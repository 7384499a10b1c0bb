package io.llmbench.simulations.lmdeploy;

import static io.llmbench.backend.Backends.LMDEPLOY;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployCustom extends LlmSimulation {
  public LmdeployCustom() {
    super(LMDEPLOY, "custom");
  }
}
