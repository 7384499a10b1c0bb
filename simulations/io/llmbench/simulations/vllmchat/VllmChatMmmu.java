package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × mmmu; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatMmmu extends LlmSimulation {
  public VllmChatMmmu() {
    super(VLLM_CHAT, "mmmu");
  }
}
