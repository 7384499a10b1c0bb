package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatSonnet extends LlmSimulation {
  public LmdeployChatSonnet() {
    super("lmdeploy-chat", "sonnet");
  }
}
