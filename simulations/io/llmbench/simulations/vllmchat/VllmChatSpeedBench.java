package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatSpeedBench extends LlmSimulation {
  public VllmChatSpeedBench() {
    super("vllm-chat", "speed-bench");
  }
}
