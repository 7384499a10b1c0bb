package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatGeneratedSharedPrefix extends LlmSimulation {
  public LmdeployChatGeneratedSharedPrefix() {
    super("lmdeploy-chat", "generated-shared-prefix");
  }
}
