package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × random-mm; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatRandomMm extends LlmSimulation {
  public VllmChatRandomMm() {
    super(VLLM_CHAT, "random-mm");
  }
}
