package io.llmbench.gatling;

import com.typesafe.scalalogging.Logger;
import io.gatling.commons.validation.Failure;
import io.gatling.commons.validation.Success;
import io.gatling.commons.validation.Validation;
import io.gatling.core.action.Action;
import io.gatling.core.check.Check;
import io.gatling.core.check.Check$;
import io.gatling.core.session.Session;
import io.gatling.http.client.Request;
import io.gatling.http.client.RequestBuilder;
import io.gatling.http.client.body.string.StringRequestBodyBuilder;
import io.gatling.http.client.resolver.InetAddressNameResolver;
import io.gatling.http.client.uri.Uri;
import io.llmbench.backend.ParsedResponse;
import io.llmbench.backend.RequestInput;
import io.llmbench.dataset.DatasetRow;
import io.llmbench.report.Console;
import io.llmbench.run.RequestRecord;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import scala.Option;
import scala.Tuple2;

/**
 * Sends one LLM request at its intended time (after a free concurrency slot, when capped), reads the stream through
 * Gatling's HTTP client with our own listener (nanosecond stamps per network chunk), and resumes the virtual user
 * once the recorder has parsed, checked and logged it.
 *
 * <p>Why not Gatling's {@code sse()}: on a mid-stream disconnect it silently re-POSTs the same request after 3 s
 * (the server would run it twice), it hides the body of a non-200, its await timeout does not cover the wait for
 * headers, and its timestamps are milliseconds. This action has none of those traps.
 */
final class LlmRequestAction implements Action {
  /** Request header naming the phase and index of each request, e.g. {@code measured-17}. */
  static final String REQUEST_ID_HEADER = "X-Llmbench-Request";
  /** bench_serving's header naming a row's routing key (generated-shared-prefix: one per prefix group). */
  static final String ROUTING_KEY_HEADER = "X-SMG-Routing-Key";
  private final Logger logger = Logger.apply(LlmRequestAction.class);
  private final String name;
  private final LlmRun run;
  private final Function<Session, Validation<Outgoing>> resolve;
  private final scala.collection.immutable.List<Check<RequestRecord>> checks;
  private final boolean leavesResults;
  private final Action next;

  /**
   * @param leavesResults whether the results go in the session, under {@code llm.<request name>}
   */
  LlmRequestAction(String name, LlmRun run, Function<Session, Validation<Outgoing>> resolve,
      scala.collection.immutable.List<Check<RequestRecord>> checks, boolean leavesResults, Action next) {
    this.name = name;
    this.run = run;
    this.resolve = resolve;
    this.checks = checks;
    this.leavesResults = leavesResults;
    this.next = next;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Logger logger() {
    return logger;
  }

  @Override
  public void com$typesafe$scalalogging$StrictLogging$_setter_$logger_$eq(Logger ignored) {
    // the logger is a final field: nothing for the Scala trait initializer to set
  }

  @Override
  public void execute(Session session) {
    Validation<Outgoing> resolved;
    try {
      resolved = resolve.apply(session);
    } catch (RuntimeException e) {
      resolved = failure(e.toString());
    }
    if ((Object) resolved instanceof Failure f) {
      // an EL attribute missing, say: Gatling's own way, a crash row and a failed session, nothing sent
      run.recorder().crash(session, name, f.message());
      next.$bang(session.markAsFailed());
      return;
    }
    Outgoing out = ((Success<Outgoing>) resolved).value();
    Request request;
    try {
      // built before its time comes, so that a burst of large prompts leaves only the sends for the due moment
      request = buildRequest(session, out);
    } catch (RuntimeException e) {
      if (out.takesSlot()) {
        // its turn in the queue still comes and goes: the requests after it must not wait for it forever
        out.slots().acquire(out.index(), session.eventLoop(),
            (freed, loop) -> out.slots().release(System.nanoTime(), null));
      }
      run.recorder().crash(session, out.name(), e.toString());
      next.$bang(session.markAsFailed());
      return;
    }
    long now = System.nanoTime();
    long scheduled = out.scheduledNanos() == 0 ? now : out.scheduledNanos();
    if (scheduled > now) {
      session.eventLoop().schedule(() -> admit(session, out, request, scheduled), scheduled - now,
          TimeUnit.NANOSECONDS);
    } else {
      // late: the client lagged, or a later turn whose time is now
      admit(session, out, request, scheduled);
    }
  }

  @SuppressWarnings("unchecked")
  private static Validation<Outgoing> failure(String message) {
    return (Validation<Outgoing>) (Validation<?>) new Failure(message);
  }

  private void admit(Session session, Outgoing out, Request request, long scheduled) {
    if (out.takesSlot()) {
      // from its intended time on, any wait is for a free slot (bench_serving's semaphore)
      out.slots().acquire(out.index(), session.eventLoop(),
          (freed, loop) -> send(session, out, request, scheduled, freed, System.nanoTime(), loop));
    } else {
      send(session, out, request, scheduled, 0, System.nanoTime(), session.eventLoop());
    }
  }

  /** @param loop the event loop the exchange runs on: its connection pool is the one searched and refilled */
  private void send(Session session, Outgoing out, Request request, long scheduled, long slotFreed, long ready,
      EventLoop loop) {
    if (run.stopping()) {
      return; // a signal is ending the run: nothing new leaves
    }
    run.recorder().sending(out.warmup());
    long start = System.nanoTime();
    Dispatcher dispatcher = out.dispatcher();
    if (dispatcher != null && out.input().turn() == 0) {
      dispatcher.rateChangeAt(out.index()).ifPresent(change -> Console.line(String.format(Locale.ROOT,
          "llmbench: ramp-up now at %d req/s (request %d, due at t=%.3f s, sent at t=%.3f s)", change.rps(),
          out.index(), (scheduled - dispatcher.originNanos()) / 1e9, (start - dispatcher.originNanos()) / 1e9)));
    }
    LlmTarget target = run.target();
    StreamListener listener = new StreamListener(start, target.backend().streams(out.input().effective(target.options())),
        out.input().row().outputLen(), target.headerTimeout().toNanos(), target.streamIdleTimeout().toNanos(), raw -> {
          run.recorder().complete(session, out, raw,
              r -> finish(session, out, toRecord(out, scheduled, slotFreed, ready, r)),
              next);
          // only once the recorder has it: the slot's next request could otherwise be recorded first (a 429 comes
          // back at once), and a run of one slot would log its requests out of order
          if (out.slots() != null && out.lastTurn()) {
            out.slots().release(raw.endNanos(), loop);
          }
          // after the recorder has it: an interrupted run waits for this before it writes the folder
          run.done(request);
        });
    run.sending(request, listener, loop);
    // keep-alive: the pool shared by every user (of this event loop), not Gatling's per-user one
    run.http().httpEngine().executeRequest(request, session.userId(), target.connection() == ConnectionMode.KEEP_ALIVE,
        loop, listener, target.tls().gatlingContexts());
  }

  /** On the recorder's thread: checks, results in the session; a conversation cut short frees its slot. */
  private RunRecorder.Finished finish(Session session, Outgoing out, RequestRecord record) {
    Session s = session;
    if (record.success() && !checks.isEmpty()) {
      Tuple2<Session, Option<Failure>> checked = Check$.MODULE$.check(record, s, checks);
      s = checked._1();
      if (checked._2().isDefined()) {
        record = record.failed(checkFailure(checked._2().get().message()));
      }
    }
    if (out.slots() != null && !out.lastTurn() && !record.success()) {
      out.slots().release(record.endNanos(), null);
    }
    // an intended send time is used once
    s = s.remove(LlmArrivals.ATTRIBUTE).set(RequestRecord.SESSION_KEY, record);
    if (leavesResults) {
      s = s.set(RequestResults.ATTRIBUTE,
          RequestResults.with(s.attributes().get(RequestResults.ATTRIBUTE).getOrElse(() -> null), out.name(), record));
    }
    return new RunRecorder.Finished(record, record.success() ? s : s.markAsFailed());
  }

  /**
   * Gatling's "ttft.find.lessThan(1), 207 is not less than 1" as "check: ttft.find.lessThan(1)" over the actual
   * value on a line of its own: failures are counted by their first line, so by check, not by value.
   */
  static String checkFailure(String gatlingMessage) {
    int comma = gatlingMessage.indexOf(", ");
    return comma < 0 ? "check: " + gatlingMessage
        : "check: " + gatlingMessage.substring(0, comma) + "\n" + gatlingMessage.substring(comma + 2);
  }

  private RequestRecord toRecord(Outgoing out, long scheduled, long slotFreed, long ready, RawExchange raw) {
    DatasetRow row = out.input().row();
    LlmTarget target = run.target();
    ParsedResponse parsed;
    try {
      parsed = target.backend().parse(raw.events(), raw.startNanos(), row.outputLen());
    } catch (RuntimeException e) {
      parsed = ParsedResponse.failure("unreadable response: " + e, row.outputLen());
    }
    if (raw.transportError() != null) {
      parsed = parsed.failed(raw.transportError());
    } else if (raw.status() != 200) {
      // the reference's format: "<reason>: <response body>"
      String body = raw.events().isEmpty() ? "" : raw.events().get(0).line();
      parsed = parsed.failed("HTTP " + raw.status() + " " + raw.reason() + ": " + abbreviate(body));
    }
    return new RequestRecord(out.index(), out.input().turn(), out.warmup(), scheduled, slotFreed, ready,
        raw.startNanos(), raw.sentNanos(), raw.reusedConnection(), raw.sends(), raw.headersNanos(), raw.endNanos(),
        raw.status(), out.promptTokens().applyAsInt(row), row.outputLen(), parsed);
  }

  private Request buildRequest(Session session, Outgoing out) {
    LlmTarget target = run.target();
    RequestInput input = out.input();
    HttpHeaders headers = new DefaultHttpHeaders();
    headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json");
    headers.set(HttpHeaderNames.ACCEPT, "*/*");
    if (target.connection() == ConnectionMode.PER_REQUEST) {
      // one connection per request, as bench_serving: TTFT includes connection setup
      headers.set(HttpHeaderNames.CONNECTION, "close");
    }
    // lets a server's logs (and our mock's truth log) be joined with the per-request JSONL
    headers.set(REQUEST_ID_HEADER, (out.warmup() ? "warmup-" : "measured-") + out.index()
        + (input.turn() == 0 ? "" : "-" + input.turn()));
    target.headers().forEach(headers::set);
    if (input.row().routingKey() != null && target.backend().sendsHeaders()) {
      headers.set(ROUTING_KEY_HEADER, input.row().routingKey());
    }
    return new RequestBuilder(out.name(), HttpMethod.POST, Uri.create(target.requestUrl()), nameResolver(session))
        .setHeaders(headers)
        .setBodyBuilder(new StringRequestBodyBuilder(target.backend().payload(input, target.options())))
        .setRequestTimeout(target.requestTimeout().toMillis())
        .build();
  }

  private InetAddressNameResolver nameResolver(Session session) {
    Validation<InetAddressNameResolver> resolver = run.http().httpCaches().nameResolver(session);
    if (resolver instanceof Success<InetAddressNameResolver> s) {
      return s.value();
    }
    throw new IllegalStateException("no name resolver: " + resolver);
  }

  private static String abbreviate(String s) {
    return s.length() <= 500 ? s : s.substring(0, 500) + "...";
  }
}
