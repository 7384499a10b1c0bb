package io.llmbench.simulations.lmdeploychat;

import static io.llmbench.backend.Backends.LMDEPLOY_CHAT;

import io.llmbench.gatling.LlmSimulation;

/** lmdeploy-chat × sonnet; every other option from -Dllmbench.* or -Dconfig.file. */
public class LmdeployChatSonnet extends LlmSimulation {
  public LmdeployChatSonnet() {
    super(LMDEPLOY_CHAT, "sonnet");
  }
}
