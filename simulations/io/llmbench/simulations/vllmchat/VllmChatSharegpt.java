package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatSharegpt extends LlmSimulation {
  public VllmChatSharegpt() {
    super(VLLM_CHAT, "sharegpt");
  }
}
