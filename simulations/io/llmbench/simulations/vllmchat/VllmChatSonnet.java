package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatSonnet extends LlmSimulation {
  public VllmChatSonnet() {
    super("vllm-chat", "sonnet");
  }
}
