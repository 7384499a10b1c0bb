package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × generated-shared-prefix; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatGeneratedSharedPrefix extends LlmSimulation {
  public LmdeployChatGeneratedSharedPrefix() {
    super(LMDEPLOY_CHAT, "generated-shared-prefix");
  }
}
