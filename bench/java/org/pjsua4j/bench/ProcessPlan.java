package org.pjsua4j.bench;

import java.util.List;

/**
 * How much load ProcessRun puts on each UAS. Rates are calls/s, holds ms.
 *
 * @param repeats how many times the per-call measures run, each UAS in a fresh process
 * @param memoryCalls calls held at once for the memory measure (placed at memoryRate, held memoryHoldMs)
 * @param warmupCalls calls per warm-up batch before the CPU measures and the ceiling (JIT, pjsip's
 *        pools), at hold0Rate; batches until the cost stops falling
 * @param hold0Calls calls with no hold for CPU per call
 * @param hold1Calls calls held 1 s with RTP echoed, at hold1Rate
 * @param ceilingRates the ceiling's steps, each ceilingStepSeconds long; 7 % apart where the UASes
 *        have failed (700–1,800 cps), so that a 0.95× target is not decided by the step size
 * @param soakCalls calls of the soak, at soakRate; growth is fitted after soakWarmupCalls, which must
 *        take longer than pjsip keeps a finished transaction (Timer J, 64 × T1 = 32 s over UDP): until
 *        then every call adds its INVITE's and BYE's transactions, ~53 KB, to RSS, which then plateaus
 */
record ProcessPlan(int repeats, int memoryCalls, double memoryRate, long memoryHoldMs, int warmupCalls,
        int hold0Calls, double hold0Rate, int hold1Calls, double hold1Rate, List<Integer> ceilingRates,
        int ceilingStepSeconds, int soakCalls, double soakRate, int soakWarmupCalls, int startStopRounds) {

    /** A few minutes on two cores. */
    static final ProcessPlan FULL = new ProcessPlan(1, 200, 100, 5000, 1500, 6000, 300, 1000, 100,
            List.of(300, 500, 700, 750, 800, 860, 920, 980, 1050, 1120, 1200, 1290, 1380, 1470, 1580, 1690, 1800,
                    2000, 2400, 2800), 3, 14_000, 200, 8000, 5);

    /** Every phase once with a handful of calls: that the runner works, not what it measures. */
    static final ProcessPlan SMOKE = new ProcessPlan(1, 5, 20, 1000, 0, 10, 20, 4, 20, List.of(20), 1, 40, 40, 20, 1);

    static final long HOLD1_MS = 1000;
}
