package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatGeneratedSharedPrefix extends LlmSimulation {
  public VllmChatGeneratedSharedPrefix() {
    super("vllm-chat", "generated-shared-prefix");
  }
}
