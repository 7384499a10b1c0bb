package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatRandomIds extends LlmSimulation {
  public VllmChatRandomIds() {
    super(VLLM_CHAT, "random-ids");
  }
}
