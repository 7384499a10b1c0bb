package io.llmbench.gatling;

import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import io.llmbench.config.Options;
import java.util.List;

/**
 * How requests get their connections. bench_serving opens an aiohttp session, so a TCP connection, per request:
 * its TTFT includes the connect, and no request ever rides a connection another one used. {@code vllm bench serve}
 * shares one keep-alive pool: after the first requests, TTFT starts on a connection that is already open.
 */
public enum ConnectionMode {
  /** A new connection per request, closed at its end (SGLang's figures). */
  PER_REQUEST,
  /** One keep-alive pool shared by every request (vLLM's figures; warm connections, no connect in TTFT). */
  KEEP_ALIVE;

  static final OptionSpec<String> OPTION = OptionSpec.oneOf("connection", "per-request",
          List.of("per-request", "keep-alive"),
          "per-request: a new connection per request, as bench_serving; "
              + "keep-alive: one shared pool, as vllm bench serve")
      .vllmDefault("keep-alive");
  public static final OptionGroup OPTIONS = new OptionGroup("connection", List.of(OPTION));

  /** The option's value; unset, the mode's own (per-request for sglang, keep-alive for vllm). */
  static ConnectionMode of(Options options) {
    return options.get(OPTION).equals("keep-alive") ? KEEP_ALIVE : PER_REQUEST;
  }
}
