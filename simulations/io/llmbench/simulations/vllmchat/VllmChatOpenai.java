package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × openai; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatOpenai extends LlmSimulation {
  public VllmChatOpenai() {
    super("vllm-chat", "openai");
  }
}
