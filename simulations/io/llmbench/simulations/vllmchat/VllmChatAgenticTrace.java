package io.llmbench.simulations.vllmchat;

import io.llmbench.gatling.LlmSimulation;

/** vllm-chat × agentic-trace; every other option from -Dllmbench.* or -Dconfig.file. */
public class VllmChatAgenticTrace extends LlmSimulation {
  public VllmChatAgenticTrace() {
    super("vllm-chat", "agentic-trace");
  }
}
