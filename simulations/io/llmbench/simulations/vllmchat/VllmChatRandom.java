package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatRandom extends LlmSimulation {
  public VllmChatRandom() {
    super("vllm-chat", "random");
  }
}
