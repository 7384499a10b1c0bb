package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × sharegpt; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatSharegpt extends LlmSimulation {
  public LmdeployChatSharegpt() {
    super("lmdeploy-chat", "sharegpt");
  }
}
