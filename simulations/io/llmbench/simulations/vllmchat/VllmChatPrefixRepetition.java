package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatPrefixRepetition extends LlmSimulation {
  public VllmChatPrefixRepetition() {
    super(VLLM_CHAT, "prefix-repetition");
  }
}
