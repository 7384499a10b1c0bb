package io.llmbench.gatling;

import io.gatling.commons.validation.Success;
import io.gatling.commons.validation.Validation;
import io.gatling.core.check.Check;
import io.gatling.core.check.CheckMaterializer;
import io.gatling.core.check.Extractor;
import io.gatling.core.check.FindExtractor;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.internal.Expressions;
import io.llmbench.run.RequestRecord;
import java.util.List;
import java.util.function.Function;
import scala.Function1;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Checks on a finished LLM request, as Gatling's own checks: {@code ttft().lt(500)}, {@code outputTokens().is(16)},
 * {@code text().saveAs("reply")}. They wrap Gatling's Scala check builders, as Gatling's JMS and HTTP Java DSLs do,
 * so every comparison, {@code transform}, {@code validate} and {@code saveAs} comes for free. Times are whole
 * milliseconds ({@code Integer}) so that {@code lt(500)} compiles without a cast; the exact figures are in the
 * session attributes.
 */
public final class LlmChecks {
  private LlmChecks() {}

  /** Scala's phantom check type parameter, as Gatling's {@code ResponseTimeCheckType}. */
  public static final class Kind {
    private Kind() {}
  }

  /** Picks our materializer when a check reaches {@link #toScala(List)}. */
  public enum Type implements CheckBuilder.CheckType {
    LLM
  }

  /** Time to first token in ms, SGLang's definition (send to first content chunk); nothing when none came. */
  public static CheckBuilder.Find<Integer> ttft() {
    return find("ttft", Integer.class, r -> r.response().firstTokenNanos() == 0 ? null : millis(r.ttftMillis()));
  }

  /** The largest inter-chunk gap in ms: a bound on it holds for every gap of the stream; nothing with one chunk. */
  public static CheckBuilder.Find<Integer> itl() {
    return find("itl", Integer.class,
        r -> RequestResults.itlMillis(r).stream().max(Double::compare).map(LlmChecks::millis).orElse(null));
  }

  /** Time per output token in ms, SGLang's (E2E − TTFT) / (output tokens − 1); nothing below two tokens. */
  public static CheckBuilder.Find<Integer> tpot() {
    return find("tpot", Integer.class, r -> {
      Double tpot = RequestResults.tpotMillis(r);
      return tpot == null ? null : millis(tpot);
    });
  }

  /** End-to-end latency in ms, SGLang's (send to the last line). */
  public static CheckBuilder.Find<Integer> e2e() {
    return find("e2e", Integer.class, r -> millis(r.e2eMillis()));
  }

  /** Output tokens as counted for SGLang's figures (the server's usage when it reports one). */
  public static CheckBuilder.Find<Integer> outputTokens() {
    return find("outputTokens", Integer.class, r -> r.response().outputLen());
  }

  /** The generated text. */
  public static CheckBuilder.Find<String> text() {
    return find("text", String.class, r -> r.response().generatedText());
  }

  private static Integer millis(Double ms) {
    return (int) Math.round(ms);
  }

  private static <X> CheckBuilder.Find<X> find(String name, Class<X> type, Function<RequestRecord, X> value) {
    Extractor<RequestRecord, X> extractor =
        new FindExtractor<RequestRecord, X>(name, r -> new Success<>(Option.apply(value.apply(r))));
    // the binary name: Find.Default is nested in Scala's object Find, which javac cannot spell
    io.gatling.core.check.CheckBuilder.Find<Kind, RequestRecord, X> scala =
        new io.gatling.core.check.CheckBuilder$Find$Default<>(
            Expressions.<Extractor<RequestRecord, X>>toStaticValueExpression(extractor),
            true /* "734 is not less than 500"; false also breaks not() in 3.15 */);
    return new CheckBuilder.Find.Default<Kind, RequestRecord, X, X>(scala, Type.LLM, type, null);
  }

  /** A finished request is its own prepared response: nothing to parse again. */
  private static final class Materializer extends CheckMaterializer<Kind, Check<RequestRecord>, RequestRecord, RequestRecord> {
    Materializer() {
      super(check -> check);
    }

    @Override
    public Function1<RequestRecord, Validation<RequestRecord>> preparer() {
      return Success::new;
    }
  }

  private static final Materializer MATERIALIZER = new Materializer();

  /** Our checks in Scala form; any other kind (an HTTP check, say) is refused when the scenario is built. */
  @SuppressWarnings("unchecked")
  static scala.collection.immutable.List<Check<RequestRecord>> toScala(List<CheckBuilder> checks) {
    return CollectionConverters.asScala(checks.stream().map(c -> {
      if (c.type() != Type.LLM) {
        throw new IllegalArgumentException("llm(...).check takes the checks of LlmDsl (ttft(), itl(), tpot(), e2e(),"
            + " outputTokens(), text()), not " + c.type());
      }
      return ((io.gatling.core.check.CheckBuilder<Kind, RequestRecord>) c.asScala()).build(MATERIALIZER);
    }).toList()).toList();
  }
}
