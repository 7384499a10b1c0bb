package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatSharegpt extends LlmSimulation {
  public VllmChatSharegpt() {
    super("vllm-chat", "sharegpt");
  }
}
