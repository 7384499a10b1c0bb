package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatBurstgpt extends LlmSimulation {
  public LmdeployChatBurstgpt() {
    super("lmdeploy-chat", "burstgpt");
  }
}
