package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × speed-bench; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatSpeedBench extends LlmSimulation {
  public VllmChatSpeedBench() {
    super(VLLM_CHAT, "speed-bench");
  }
}
