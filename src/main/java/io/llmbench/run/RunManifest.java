package io.llmbench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.typesafe.config.ConfigFactory;
import io.llmbench.backend.RequestOptionSpecs;
import io.llmbench.config.ConfigLoader;
import io.llmbench.config.OptionRegistry;
import io.llmbench.config.Options;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * What a run folder needs besides its request log to be post-processed again later ({@code run.json}): the run's
 * option values, written once, and what the run found out. Holds no secrets: the headers and the extra request
 * body are left out (read back as their defaults).
 *
 * @param model the model the requests named (asked of the server when the option is unset)
 * @param tokenizer the tokenizer the run counted with
 * @param traceReplay the arrivals replayed the dataset's timestamps: the rate is reported as "trace"
 * @param scenario the requests were a Gatling scenario's own ({@code llm(...)}), not a dataset's
 * @param options the validated {@code llmbench} options, as {@link #values()} reads them back
 * @param originNanos t=0 of the measured phase (System.nanoTime() clock of the run's JVM)
 * @param endNanos when the last measured request ended
 * @param serverInfo {@code GET /server_info} after the run, or null
 * @param clientLoad the client's own CPU over the measured phase, or null when it was not measured
 * @param interrupted a signal stopped the run before the end: its figures cover the requests it got through
 */
public record RunManifest(
    String runName,
    String baseUrl,
    String model,
    String tokenizer,
    boolean traceReplay,
    boolean scenario,
    JsonNode options,
    long originNanos,
    long endNanos,
    JsonNode serverInfo,
    ClientLoad clientLoad,
    boolean interrupted) {
  public static final String FILE_NAME = "run.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Set<String> SECRETS =
      Set.of(RequestOptionSpecs.HEADER.key(), RequestOptionSpecs.EXTRA_REQUEST_BODY.key());

  /** A manifest of these options; the times and the server's answer come when the run ends. */
  public static RunManifest of(String runName, String baseUrl, String model, String tokenizer, boolean traceReplay,
      boolean scenario, Options values, long originNanos, long endNanos, JsonNode serverInfo, ClientLoad clientLoad,
      boolean interrupted) {
    try {
      return new RunManifest(runName, baseUrl, model, tokenizer, traceReplay, scenario, JSON.readTree(values.json(SECRETS)),
          originNanos, endNanos, serverInfo, clientLoad, interrupted);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The run's options, read again with today's declarations. */
  public Options values() {
    return Options.read(ConfigFactory.parseString(options.toString())
        .withFallback(ConfigFactory.parseResources("reference.conf").getConfig(ConfigLoader.ROOT)),
        OptionRegistry.all());
  }

  public void write(Path file) {
    try {
      JSON.writeValue(file.toFile(), this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public static RunManifest read(Path file) {
    try {
      return JSON.readValue(file.toFile(), RunManifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the run manifest " + file, e);
    }
  }
}
