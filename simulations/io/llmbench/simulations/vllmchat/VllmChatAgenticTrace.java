package io.llmbench.simulations.vllmchat;

import static io.llmbench.backend.Backends.VLLM_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × agentic-trace; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatAgenticTrace extends LlmSimulation {
  public VllmChatAgenticTrace() {
    super(VLLM_CHAT, "agentic-trace");
  }
}
