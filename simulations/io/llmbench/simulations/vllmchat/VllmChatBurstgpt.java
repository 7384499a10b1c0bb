package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatBurstgpt extends LlmSimulation {
  public VllmChatBurstgpt() {
    super(VLLM_CHAT, "burstgpt");
  }
}
