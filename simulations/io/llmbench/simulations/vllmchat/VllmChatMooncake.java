package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatMooncake extends LlmSimulation {
  public VllmChatMooncake() {
    super(VLLM_CHAT, "mooncake");
  }
}
