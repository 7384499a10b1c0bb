package io.llmbench.simulations.lmdeploy;

import static io.llmbench.backend.Backends.LMDEPLOY;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployLongbenchV2 extends LlmSimulation {
  public LmdeployLongbenchV2() {
    super(LMDEPLOY, "longbench_v2");
  }
}
