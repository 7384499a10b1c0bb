package io.llmbench.schedule;

import io.llmbench.config.Compat;
import io.llmbench.config.OptionGroup;
import io.llmbench.config.OptionSpec;
import java.util.List;

/** Builds an {@link ArrivalProfile} from plain option values, rejecting combinations neither reference accepts. */
public final class ArrivalProfiles {
  /** The values of {@code arrival-profile}. */
  public static final List<String> NAMES =
      List.of("poisson", "gamma", "constant", "ramp-up-linear", "ramp-up-exponential", "trace", "inf");

  public static final OptionSpec<Double> REQUEST_RATE = OptionSpec.rate("request-rate", Double.POSITIVE_INFINITY,
      "requests per second (first at t=0), or inf for one burst");
  public static final OptionSpec<String> ARRIVAL_PROFILE = OptionSpec.string("arrival-profile", "poisson",
      "how arrivals are spread: poisson (SGLang), gamma (vLLM, with burstiness), ramps from ramp-up-start-rps")
      .allowing(String.join(" | ", NAMES.stream().filter(n -> !n.equals("trace")).toList()))
      // vllm bench serve always draws gamma gaps (burstiness 1: Poisson), rescaled to end at N/rate
      .vllmDefault("gamma");
  public static final OptionSpec<Double> BURSTINESS = OptionSpec.decimal("burstiness", 1.0, Double.MIN_VALUE,
      Double.MAX_VALUE, "gamma shape of the gaps: 1 = Poisson, < 1 burstier, > 1 more even");
  public static final OptionSpec<Double> RAMP_UP_START_RPS = OptionSpec.optionalPositive("ramp-up-start-rps",
      "the ramp's first rate (ramp-up-* profiles; leave request-rate unset)");
  public static final OptionSpec<Double> RAMP_UP_END_RPS = OptionSpec.optionalPositive("ramp-up-end-rps",
      "the ramp's last rate");
  /** vLLM's {@code --ramp-up-strategy}: its name for our ramp-up-* profiles. */
  public static final OptionSpec<String> RAMP_UP_STRATEGY = OptionSpec.optionalString("ramp-up-strategy",
      "vllm bench serve's name: linear or exponential stands for arrival-profile = ramp-up-linear or ramp-up-exponential")
      .check(s -> {
        if (s != null && !s.equals("linear") && !s.equals("exponential")) {
          throw new IllegalArgumentException("expected linear, exponential or null");
        }
      }).allowing("linear | exponential, or null")
      .onlyIn(Compat.VLLM, "arrival-profile = ramp-up-linear | ramp-up-exponential");
  public static final OptionGroup OPTIONS = new OptionGroup("arrivals",
      List.of(REQUEST_RATE, ARRIVAL_PROFILE, BURSTINESS, RAMP_UP_START_RPS, RAMP_UP_END_RPS, RAMP_UP_STRATEGY));

  private ArrivalProfiles() {}

  /**
   * The profile {@code arrival-profile} and vLLM's {@code ramp-up-strategy} name together: the strategy, when set,
   * stands for {@code ramp-up-<strategy>} over vLLM mode's default {@code gamma}.
   *
   * @throws IllegalArgumentException when the two name different profiles
   */
  public static String profileName(String arrivalProfile, String rampUpStrategy) {
    if (rampUpStrategy == null) {
      return arrivalProfile;
    }
    String ramp = "ramp-up-" + rampUpStrategy;
    if (!arrivalProfile.equals("gamma") && !arrivalProfile.equals(ramp)) {
      throw Options.invalid("ramp-up-strategy", rampUpStrategy,
          "stands for arrival-profile = " + ramp + ", which contradicts arrival-profile = " + arrivalProfile);
    }
    return ramp;
  }

  /**
   * @param name {@code arrival-profile}, one of {@link #NAMES} except {@code trace}, which is built from the trace's
   *     timestamps with {@link TraceProfile}
   * @param rate {@code request-rate} in requests/s; +inf means unset (everything at t=0, or the ramp decides)
   * @param burstiness {@code burstiness}, the gamma shape; anything but 1 needs {@code gamma} or a ramp
   * @param rampUpStartRps {@code ramp-up-start-rps}; NaN means unset, required by and only by the ramps
   * @param rampUpEndRps {@code ramp-up-end-rps}; NaN means unset, required by and only by the ramps
   * @throws IllegalArgumentException naming the offending option, its value and what is allowed
   */
  public static ArrivalProfile of(
      String name, double rate, double burstiness, double rampUpStartRps, double rampUpEndRps) {
    if (name == null || !NAMES.contains(name)) {
      throw Options.invalid("arrival-profile", name, "must be one of " + String.join(", ", NAMES));
    }
    boolean ramp = name.startsWith("ramp-up-");
    if (burstiness != 1 && !(ramp || name.equals("gamma"))) {
      throw Options.invalid("burstiness", burstiness, "only gamma and ramp-up-* use it (arrival-profile = " + name + ")");
    }
    if (!ramp && !(Double.isNaN(rampUpStartRps) && Double.isNaN(rampUpEndRps))) {
      throw Options.invalid(Double.isNaN(rampUpStartRps) ? "ramp-up-end-rps" : "ramp-up-start-rps",
          Double.isNaN(rampUpStartRps) ? rampUpEndRps : rampUpStartRps,
          "only ramp-up-linear and ramp-up-exponential use it (arrival-profile = " + name + ")");
    }
    if ((ramp || name.equals("inf")) && !Double.isInfinite(rate)) {
      // as vLLM for ramps: the profile sets the rate, an explicit request-rate would be silently ignored
      throw Options.invalid("request-rate", rate, "must be left unset (inf) with arrival-profile " + name);
    }
    return switch (name) {
      case "poisson" -> new PoissonProfile(rate);
      case "gamma" -> new GammaProfile(rate, burstiness);
      case "constant" -> new ConstantProfile(rate);
      case "ramp-up-linear" -> new RampUpProfile(RampUpProfile.Strategy.LINEAR, rampUpStartRps, rampUpEndRps, burstiness);
      case "ramp-up-exponential" ->
          new RampUpProfile(RampUpProfile.Strategy.EXPONENTIAL, rampUpStartRps, rampUpEndRps, burstiness);
      case "inf" -> new BurstProfile();
      case "trace" -> throw Options.invalid("arrival-profile", name, "build it from the trace's timestamps (TraceProfile)");
      default -> throw new AssertionError(name);
    };
  }
}
