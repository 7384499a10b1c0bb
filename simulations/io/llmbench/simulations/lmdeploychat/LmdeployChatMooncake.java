package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × mooncake; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatMooncake extends LlmSimulation {
  public LmdeployChatMooncake() {
    super(LMDEPLOY_CHAT, "mooncake");
  }
}
