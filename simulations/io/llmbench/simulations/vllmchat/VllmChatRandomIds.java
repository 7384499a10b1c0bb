package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatRandomIds extends LlmSimulation {
  public VllmChatRandomIds() {
    super("vllm-chat", "random-ids");
  }
}
