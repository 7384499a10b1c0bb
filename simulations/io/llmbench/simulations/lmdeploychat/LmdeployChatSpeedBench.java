package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatSpeedBench extends LlmSimulation {
  public LmdeployChatSpeedBench() {
    super("lmdeploy-chat", "speed-bench");
  }
}
