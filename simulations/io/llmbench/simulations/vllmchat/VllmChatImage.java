package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × image; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatImage extends LlmSimulation {
  public VllmChatImage() {
    super("vllm-chat", "image");
  }
}
