package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × random; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatRandom extends LlmSimulation {
  public LmdeployChatRandom() {
    super(LMDEPLOY_CHAT, "random");
  }
}
