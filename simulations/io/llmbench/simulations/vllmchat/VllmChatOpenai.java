package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × openai; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatOpenai extends LlmSimulation {
  public VllmChatOpenai() {
    super(VLLM_CHAT, "openai");
  }
}
