package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatPrefixRepetition extends LlmSimulation {
  public VllmChatPrefixRepetition() {
    super("vllm-chat", "prefix-repetition");
  }
}
