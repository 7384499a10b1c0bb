package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × image; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatImage extends LlmSimulation {
  public VllmChatImage() {
    super(VLLM_CHAT, "image");
  }
}
