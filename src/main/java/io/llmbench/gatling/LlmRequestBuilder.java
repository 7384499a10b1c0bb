package io.llmbench.gatling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.commons.validation.Success;
import io.gatling.commons.validation.Validation;
import io.gatling.core.session.Session;
import io.gatling.javaapi.core.ActionBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.internal.Expressions;
import io.llmbench.backend.RequestInput;
import io.llmbench.dataset.DatasetRow;
import io.llmbench.tokenizer.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import scala.Function1;

/**
 * {@code llm("name")}: one request through the protocol's backend, built per virtual user from Gatling EL or
 * functions of the session, immutable as Gatling's request builders. Sent when the user reaches it (the scenario's
 * injection profile and pauses pace it), behind the protocol's concurrency cap if any; counted as SGLang counts a
 * request, and its results left in the session under {@code llm.<name>} (see {@link RequestResults}).
 */
public final class LlmRequestBuilder implements ActionBuilder {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEFAULT_MAX_TOKENS = 256;

  private final Function1<Session, Validation<String>> name;
  private final Function1<Session, Validation<String>> prompt;
  private final Function1<Session, Validation<String>> messages;
  private final Function1<Session, Validation<Integer>> maxTokens;
  private final Map<String, Object> body;
  private final List<CheckBuilder> checks;

  private LlmRequestBuilder(Function1<Session, Validation<String>> name, Function1<Session, Validation<String>> prompt,
      Function1<Session, Validation<String>> messages, Function1<Session, Validation<Integer>> maxTokens,
      Map<String, Object> body, List<CheckBuilder> checks) {
    this.name = name;
    this.prompt = prompt;
    this.messages = messages;
    this.maxTokens = maxTokens;
    this.body = Map.copyOf(body);
    this.checks = List.copyOf(checks);
  }

  /** {@code llm("name")}: see {@code io.llmbench.LlmDsl}. */
  public static LlmRequestBuilder named(String name) {
    return new LlmRequestBuilder(Expressions.toStringExpression(name), null, null,
        Expressions.toStaticValueExpression(DEFAULT_MAX_TOKENS), Map.of(), List.of());
  }

  /** The prompt as text, e.g. {@code "#{question}"}; chat backends send it as one user message. */
  public LlmRequestBuilder prompt(String el) {
    return new LlmRequestBuilder(name, Expressions.toStringExpression(el), null, maxTokens, body, checks);
  }

  public LlmRequestBuilder prompt(Function<io.gatling.javaapi.core.Session, String> prompt) {
    return new LlmRequestBuilder(name, Expressions.javaFunctionToExpression(prompt), null, maxTokens, body, checks);
  }

  /**
   * The prompt as an OpenAI messages array in JSON (chat backends), e.g.
   * {@code "[{\"role\":\"user\",\"content\":#{q.jsonStringify()}}]"}.
   */
  public LlmRequestBuilder messages(String el) {
    return new LlmRequestBuilder(name, null, Expressions.toStringExpression(el), maxTokens, body, checks);
  }

  public LlmRequestBuilder messages(Function<io.gatling.javaapi.core.Session, String> messagesJson) {
    return new LlmRequestBuilder(name, null, Expressions.javaFunctionToExpression(messagesJson), maxTokens, body,
        checks);
  }

  /** Tokens to generate (the backend's {@code max_tokens} or {@code max_new_tokens}); 256 when not set. */
  public LlmRequestBuilder maxTokens(int tokens) {
    return new LlmRequestBuilder(name, prompt, messages, Expressions.toStaticValueExpression(tokens), body, checks);
  }

  /** Tokens to generate, from the session, e.g. {@code "#{len}"}. */
  public LlmRequestBuilder maxTokens(String el) {
    return new LlmRequestBuilder(name, prompt, messages, Expressions.toExpression(el, Integer.class), body, checks);
  }

  /** A key merged into this request's body, over the protocol's extra body. */
  public LlmRequestBuilder body(String key, Object value) {
    Map<String, Object> next = new LinkedHashMap<>(body);
    next.put(key, value);
    return new LlmRequestBuilder(name, prompt, messages, maxTokens, next, checks);
  }

  /** Checks on the finished request ({@code ttft().lt(500)}, ...): a failed one makes the request KO. */
  public LlmRequestBuilder check(CheckBuilder... checks) {
    List<CheckBuilder> all = new ArrayList<>(this.checks);
    all.addAll(Arrays.asList(checks));
    return new LlmRequestBuilder(name, prompt, messages, maxTokens, body, all);
  }

  @Override
  public io.gatling.core.action.builder.ActionBuilder asScala() {
    if (prompt == null && messages == null) {
      throw new IllegalArgumentException("llmbench: llm(...) needs a prompt(...) or messages(...)");
    }
    var scalaChecks = LlmChecks.toScala(checks);
    return (ctx, next) -> {
      LlmRun run = ctx.protocolComponentsRegistry().components(LlmProtocol.KEY);
      return new LlmRequestAction("llm", run, session -> resolve(session, run), scalaChecks, true, next);
    };
  }

  private Validation<Outgoing> resolve(Session session, LlmRun run) {
    // an intended send time from LlmArrivals, else as soon as the user gets here
    long scheduled = session.attributes().get(LlmArrivals.ATTRIBUTE).map(t -> (Long) t).getOrElse(() -> 0L);
    Tokenizer tokenizer = run.setup().tokenizer();
    return name.apply(session).flatMap(n -> maxTokens.apply(session).flatMap(tokens -> row(session, tokens)
        .map(row -> new Outgoing(n, run.nextIndex(), new RequestInput(row, null), false, scheduled, null,
            run.slots(), true, sent -> promptTokens(sent, tokenizer)))));
  }

  /** The row to send; its prompt is counted later, off the event loop ({@link Outgoing#promptTokens}). */
  private Validation<DatasetRow> row(Session session, int tokens) {
    Validation<DatasetRow> row = prompt != null
        ? prompt.apply(session).map(text -> DatasetRow.ofText(text, 0, tokens))
        : messages.apply(session).map(json -> DatasetRow.ofMessages(json, 0, tokens));
    return body.isEmpty() ? row : row.map(r -> r.withExtraBody(body));
  }

  /** The client's count of a prompt, as SGLang counts a text row's, or an OpenAI-format row's text contents. */
  private static int promptTokens(DatasetRow row, Tokenizer tokenizer) {
    return row.text() != null ? tokenizer.encode(row.text(), true).length : messageTokens(row.messages(), tokenizer);
  }

  private static int messageTokens(String messagesJson, Tokenizer tokenizer) {
    StringBuilder text = new StringBuilder();
    try {
      for (JsonNode message : JSON.readTree(messagesJson)) {
        if (message.path("content").isTextual()) {
          text.append(message.path("content").asText());
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("messages(...) is not a JSON array of messages: " + e.getOriginalMessage());
    }
    return tokenizer.encode(text.toString(), false).length;
  }
}
