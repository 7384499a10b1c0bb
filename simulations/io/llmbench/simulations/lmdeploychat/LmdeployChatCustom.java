package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatCustom extends LlmSimulation {
  public LmdeployChatCustom() {
    super("lmdeploy-chat", "custom");
  }
}
