package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × random-mm; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatRandomMm extends LlmSimulation {
  public VllmChatRandomMm() {
    super("vllm-chat", "random-mm");
  }
}
