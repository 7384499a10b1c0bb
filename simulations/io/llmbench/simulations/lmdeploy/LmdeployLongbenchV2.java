package io.llmbench.simulations.lmdeploy;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy × longbench_v2; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployLongbenchV2 extends LlmSimulation {
  public LmdeployLongbenchV2() {
    super("lmdeploy", "longbench_v2");
  }
}
