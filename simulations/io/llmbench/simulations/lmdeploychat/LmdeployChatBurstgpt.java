package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × burstgpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatBurstgpt extends LlmSimulation {
  public LmdeployChatBurstgpt() {
    super(LMDEPLOY_CHAT, "burstgpt");
  }
}
