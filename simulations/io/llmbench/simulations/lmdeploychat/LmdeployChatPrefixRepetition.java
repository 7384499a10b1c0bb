package io.llmbench.simulations.lmdeploychat;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatPrefixRepetition extends LlmSimulation {
  public LmdeployChatPrefixRepetition() {
    super("lmdeploy-chat", "prefix-repetition");
  }
}
