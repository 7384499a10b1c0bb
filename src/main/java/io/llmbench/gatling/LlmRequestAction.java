package io.llmbench.gatling;

import com.typesafe.scalalogging.Logger;
import io.gatling.commons.validation.Success;
import io.gatling.commons.validation.Validation;
import io.gatling.core.action.Action;
import io.gatling.core.session.Session;
import io.gatling.http.client.Request;
import io.gatling.http.client.RequestBuilder;
import io.gatling.http.client.body.string.StringRequestBodyBuilder;
import io.gatling.http.client.resolver.InetAddressNameResolver;
import io.gatling.http.client.uri.Uri;
import io.gatling.http.protocol.HttpComponents;
import io.llmbench.backend.LoraSelection;
import io.llmbench.backend.ParsedResponse;
import io.llmbench.backend.RequestInput;
import io.llmbench.dataset.DatasetRow;
import io.llmbench.run.RequestRecord;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import scala.Option;

/**
 * Sends the request claimed in the session at its intended time, reads the stream through Gatling's HTTP client
 * with our own listener (nanosecond stamps per network chunk), and resumes the virtual user with the
 * {@link RequestRecord} in the session once the recorder has parsed and logged it.
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
  private final LlmTarget target;
  private final Phase phase;
  private final HttpComponents http;
  private final RunRecorder recorder;
  private final Action next;

  LlmRequestAction(LlmTarget target, Phase phase, HttpComponents http, RunRecorder recorder, Action next) {
    this.target = target;
    this.phase = phase;
    this.http = http;
    this.recorder = recorder;
    this.next = next;
  }

  @Override
  public String name() {
    return "llm-" + phase.name();
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
    int index = phase.index(session);
    RequestInput input = new RequestInput(phase.rows().get(index), loraName(index), phase.turn(session),
        phase.history(session));
    // built before its time comes, so that a burst of large prompts leaves only the sends for the due moment
    Request request = buildRequest(session, index, input);
    long now = System.nanoTime();
    // a later turn of a conversation is due as soon as the previous reply (and any think time) is over
    long scheduled = input.turn() == 0 ? phase.dispatcher().scheduledNanos(index) : now;
    if (scheduled > now) {
      session.eventLoop().schedule(() -> send(session, index, input, request, scheduled, scheduled), scheduled - now,
          TimeUnit.NANOSECONDS);
    } else {
      // late: it waited for a concurrency slot (or the client lagged); from now on any delay is the client's
      send(session, index, input, request, scheduled, now);
    }
  }

  private void send(Session session, int index, RequestInput input, Request request, long scheduled, long ready) {
    long start = System.nanoTime();
    if (input.turn() == 0) {
      phase.dispatcher().rateChangeAt(index).ifPresent(change -> System.out.printf(Locale.ROOT,
          "llmbench: ramp-up now at %d req/s (request %d, due at t=%.3f s, sent at t=%.3f s)%n", change.rps(), index,
          (scheduled - phase.dispatcher().originNanos()) / 1e9, (start - phase.dispatcher().originNanos()) / 1e9));
    }
    StreamListener listener = new StreamListener(start, target.backend().streams(input.effective(target.options())),
        target.headerTimeout().toNanos(),
        raw -> recorder.complete(session, raw, exchange -> toRecord(index, input, scheduled, ready, exchange), next));
    http.httpEngine().executeRequest(request, session.userId(), false, session.eventLoop(), listener, Option.empty());
  }

  private RequestRecord toRecord(int index, RequestInput input, long scheduled, long ready, RawExchange raw) {
    DatasetRow row = input.row();
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
    return new RequestRecord(index, input.turn(), phase.warmup(), scheduled, ready, raw.startNanos(), raw.sentNanos(), raw.headersNanos(),
        raw.endNanos(),
        raw.status(), row.promptLen(), row.outputLen(), parsed);
  }

  /** The adapter for this request; warm-up uses the first name, as bench_serving. */
  private String loraName(int index) {
    LoraSelection lora = target.options().lora();
    if (!lora.enabled()) {
      return null;
    }
    return phase.warmup() ? lora.warmupChoice() : lora.choose(index);
  }

  private Request buildRequest(Session session, int index, RequestInput input) {
    HttpHeaders headers = new DefaultHttpHeaders();
    headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json");
    headers.set(HttpHeaderNames.ACCEPT, "*/*");
    // one connection per request, as bench_serving: TTFT includes connection setup, and a pooled connection can
    // never be silently retried by the client
    headers.set(HttpHeaderNames.CONNECTION, "close");
    // lets a server's logs (and our mock's truth log) be joined with the per-request JSONL
    headers.set(REQUEST_ID_HEADER, phase.name() + "-" + index + (input.turn() == 0 ? "" : "-" + input.turn()));
    target.headers().forEach(headers::set);
    if (input.row().routingKey() != null && target.backend().sendsHeaders()) {
      headers.set(ROUTING_KEY_HEADER, input.row().routingKey());
    }
    return new RequestBuilder(name(), HttpMethod.POST, Uri.create(target.requestUrl()), nameResolver(session))
        .setHeaders(headers)
        .setBodyBuilder(new StringRequestBodyBuilder(
            target.backend().payload(input, target.options())))
        .setRequestTimeout(target.requestTimeout().toMillis())
        .build();
  }

  private InetAddressNameResolver nameResolver(Session session) {
    Validation<InetAddressNameResolver> resolver = http.httpCaches().nameResolver(session);
    if (resolver instanceof Success<InetAddressNameResolver> s) {
      return s.value();
    }
    throw new IllegalStateException("the scenario has no HTTP protocol: add .protocols(bench.protocol())");
  }

  private static String abbreviate(String s) {
    return s.length() <= 500 ? s : s.substring(0, 500) + "...";
  }
}
