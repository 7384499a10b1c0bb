package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × prefix-repetition; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatPrefixRepetition extends LlmSimulation {
  public LmdeployChatPrefixRepetition() {
    super(LMDEPLOY_CHAT, "prefix-repetition");
  }
}
