package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatGeneratedSharedPrefix extends LlmSimulation {
  public VllmChatGeneratedSharedPrefix() {
    super(VLLM_CHAT, "generated-shared-prefix");
  }
}
