package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatMooncake extends LlmSimulation {
  public VllmChatMooncake() {
    super("vllm-chat", "mooncake");
  }
}
