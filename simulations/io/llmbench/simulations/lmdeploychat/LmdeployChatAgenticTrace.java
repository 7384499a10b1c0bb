package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × agentic-trace; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatAgenticTrace extends LlmSimulation {
  public LmdeployChatAgenticTrace() {
    super("lmdeploy-chat", "agentic-trace");
  }
}
