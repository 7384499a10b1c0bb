package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × custom; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatCustom extends LlmSimulation {
  public LmdeployChatCustom() {
    super(LMDEPLOY_CHAT, "custom");
  }
}
