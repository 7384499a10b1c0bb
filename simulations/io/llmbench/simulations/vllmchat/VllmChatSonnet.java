package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatSonnet extends LlmSimulation {
  public VllmChatSonnet() {
    super(VLLM_CHAT, "sonnet");
  }
}
