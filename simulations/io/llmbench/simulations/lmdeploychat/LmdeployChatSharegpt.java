package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatSharegpt extends LlmSimulation {
  public LmdeployChatSharegpt() {
    super(LMDEPLOY_CHAT, "sharegpt");
  }
}
