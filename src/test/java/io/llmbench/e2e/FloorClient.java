package io.llmbench.e2e;

import io.llmbench.e2e.ServerProcessFidelity.ClientSide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs {@code tools/floor/floor_client.c}, the least client there can be (C, one epoll thread, no parsing), against
 * the same mock as Gatling, so that {@link ServerProcessFidelity} shows the machine's floor beside the client's
 * figures. Built with the system's C compiler into {@code target/} on first use.
 */
final class FloorClient {
  private static final Path SOURCE = Path.of("tools", "floor", "floor_client.c");
  private static final Path BINARY = Path.of("target", "floor-client");
  /** The same output lengths as the Gatling runs: 150 tokens, range ratio 0.34. */
  private static final int MIN_TOKENS = 99;
  private static final int MAX_TOKENS = 150;

  private FloorClient() {}

  /** Streams {@code requests} requests on {@code streams} kept-alive connections; the first {@code streams} are
   * left out, as ServerProcessFidelity leaves out the Gatling run's first ones. */
  static List<ClientSide> run(int port, int streams, int requests, Path dir) throws IOException, InterruptedException {
    build();
    Path out = dir.resolve("floor.txt");
    Process client = new ProcessBuilder(BINARY.toString(), Integer.toString(port), Integer.toString(streams),
        Integer.toString(requests), Integer.toString(MIN_TOKENS), Integer.toString(MAX_TOKENS), out.toString())
        .inheritIO().start();
    if (client.waitFor() != 0) {
      throw new IllegalStateException("floor_client failed with exit code " + client.exitValue());
    }
    List<ClientSide> measured = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      long[] fields = Arrays.stream(line.split(" ")).mapToLong(Long::parseLong).toArray();
      if (fields[0] >= streams && fields.length > 2) {
        List<Long> chunks = Arrays.stream(fields, 2, fields.length).boxed().toList();
        measured.add(new ClientSide("floor-" + fields[0], fields[1], chunks));
      }
    }
    return measured;
  }

  private static void build() throws IOException, InterruptedException {
    if (Files.exists(BINARY) && Files.getLastModifiedTime(BINARY).compareTo(Files.getLastModifiedTime(SOURCE)) > 0) {
      return;
    }
    Process cc = new ProcessBuilder("cc", "-O2", "-o", BINARY.toString(), SOURCE.toString()).inheritIO().start();
    if (cc.waitFor() != 0) {
      throw new IllegalStateException("cannot build " + SOURCE + " with cc");
    }
  }
}
