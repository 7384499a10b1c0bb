package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × agentic-trace; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatAgenticTrace extends LlmSimulation {
  public LmdeployChatAgenticTrace() {
    super(LMDEPLOY_CHAT, "agentic-trace");
  }
}
