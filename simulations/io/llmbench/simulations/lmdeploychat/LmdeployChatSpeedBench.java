package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatSpeedBench extends LlmSimulation {
  public LmdeployChatSpeedBench() {
    super(LMDEPLOY_CHAT, "speed-bench");
  }
}
