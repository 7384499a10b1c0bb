package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatCustom extends LlmSimulation {
  public VllmChatCustom() {
    super("vllm-chat", "custom");
  }
}
