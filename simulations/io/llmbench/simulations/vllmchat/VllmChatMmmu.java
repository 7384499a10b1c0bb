package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × mmmu; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatMmmu extends LlmSimulation {
  public VllmChatMmmu() {
    super("vllm-chat", "mmmu");
  }
}
