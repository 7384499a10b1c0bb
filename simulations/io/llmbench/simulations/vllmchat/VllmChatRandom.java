package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatRandom extends LlmSimulation {
  public VllmChatRandom() {
    super(VLLM_CHAT, "random");
  }
}
