package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatCustom extends LlmSimulation {
  public VllmChatCustom() {
    super(VLLM_CHAT, "custom");
  }
}
