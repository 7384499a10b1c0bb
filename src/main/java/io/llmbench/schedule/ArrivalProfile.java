package io.llmbench.schedule;

/** A generator of intended send times: one per arrival profile, built by {@link ArrivalProfiles}. */
public sealed interface ArrivalProfile
    permits PoissonProfile, GammaProfile, ConstantProfile, RampUpProfile, TraceProfile, BurstProfile {

  /** The intended send times of {@code n} requests; the same seed gives the same schedule. */
  ArrivalSchedule schedule(int n, long seed);
}
