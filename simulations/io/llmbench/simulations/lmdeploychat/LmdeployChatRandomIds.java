package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × random-ids; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatRandomIds extends LlmSimulation {
  public LmdeployChatRandomIds() {
    super(LMDEPLOY_CHAT, "random-ids");
  }
}
