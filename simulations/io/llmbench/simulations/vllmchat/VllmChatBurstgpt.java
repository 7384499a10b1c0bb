package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatBurstgpt extends LlmSimulation {
  public VllmChatBurstgpt() {
    super("vllm-chat", "burstgpt");
  }
}
