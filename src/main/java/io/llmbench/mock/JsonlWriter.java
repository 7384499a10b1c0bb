package io.llmbench.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Appends truth-log entries as JSONL on its own thread, so serialisation and disk writes never run on an event loop.
 * It flushes whenever its queue runs dry, so the file is current to within one burst.
 */
final class JsonlWriter implements AutoCloseable {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Sentinel that tells the thread to finish; everything queued before it is written. */
  private static final Object STOP = new Object();

  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final BufferedWriter out;
  private final Thread thread;
  private volatile IOException failure;

  JsonlWriter(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    thread = new Thread(this::run, "llmbench-mock-log");
    thread.setDaemon(true);
    thread.start();
  }

  void add(MockRequestLog entry) {
    queue.add(entry);
  }

  private void run() {
    try {
      while (true) {
        Object e = queue.take();
        if (e == STOP) break;
        out.write(line((MockRequestLog) e));
        out.write('\n');
        if (queue.isEmpty()) out.flush();
      }
      out.flush();
    } catch (IOException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Writes what is queued, then closes the file. */
  @Override
  public void close() {
    queue.add(STOP);
    try {
      thread.join();
      out.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (failure != null) throw new UncheckedIOException("writing the mock log failed", failure);
  }

  /** One JSONL line; field names follow the prototype mock's log ({@code recv_ns}, {@code send_ns}, ...). */
  static String line(MockRequestLog e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("seq", e.seq());
    o.put("conn", e.connection());
    o.put("reused", e.reused());
    o.put("method", e.method());
    o.put("path", e.path());
    ObjectNode headers = o.putObject("headers");
    e.headers().forEach(headers::put);
    o.put("body", e.body());
    o.put("generation", e.generation());
    o.put("stream", e.stream());
    o.put("fault", e.fault());
    o.put("status", e.status());
    o.put("acc_ns", e.acceptNanos());
    o.put("recv_ns", e.recvNanos());
    o.put("headers_ns", e.headersNanos());
    o.put("role_ns", e.roleNanos());
    longs(o.putArray("send_ns"), e.sendNanos());
    longs(o.putArray("target_ns"), e.targetNanos());
    ArrayNode tokens = o.putArray("chunk_tokens");
    e.chunkTokens().forEach(tokens::add);
    o.put("finish_ns", e.finishNanos());
    o.put("usage_ns", e.usageNanos());
    o.put("error_ns", e.errorNanos());
    o.put("done_ns", e.doneNanos());
    o.put("end_ns", e.endNanos());
    o.put("prompt_tokens", e.promptTokens());
    o.put("completion_tokens", e.completionTokens());
    o.put("outcome", e.outcome().name().toLowerCase(Locale.ROOT));
    return o.toString();
  }

  private static void longs(ArrayNode array, List<Long> values) {
    values.forEach(array::add);
  }
}
