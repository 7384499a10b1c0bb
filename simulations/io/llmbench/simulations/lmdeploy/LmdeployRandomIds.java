package io.llmbench.simulations.lmdeploy;

import static io.llmbench.backend.Backends.LMDEPLOY;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployRandomIds extends LlmSimulation {
  public LmdeployRandomIds() {
    super(LMDEPLOY, "random-ids");
  }
}
