package org.pjsua4j.sweep;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The forked JVM's main: enters a batch's state, then runs its cases from a given index, printing
 * each case before it runs and its verdict after, so the parent can name the case that crashed or
 * hung this JVM. Arguments: the batch name and the first index.
 */
public final class SweepChild {
    static final String PREFIX = "@sweep ";

    private SweepChild() {
    }

    public static void main(String[] args) throws Exception {
        // pjsip's log lines would cost more than most cases; errors still show in the child's stderr.
        Logger.getLogger("").setLevel(Level.SEVERE);
        PrintStream out = System.out;
        Batch batch = Batch.valueOf(args[0]);
        int from = Integer.parseInt(args[1]);
        out.println(PREFIX + "SETUP");
        out.flush();
        List<String> excluded = new ArrayList<>();
        List<SweepCase> cases = batch.cases(excluded);
        out.println(PREFIX + "TOTAL " + cases.size());
        if (from == 0) {
            excluded.forEach(e -> out.println(PREFIX + "EXCLUDED " + e));
        }
        out.flush();
        for (int i = from; i < cases.size(); i++) {
            SweepCase c = cases.get(i);
            out.println(PREFIX + "CASE " + i + " " + c.name());
            out.flush();
            Throwable thrown = null;
            try {
                c.action().run();
            } catch (Throwable t) {
                thrown = t;
            }
            Verdict.Judged j = Verdict.judge(c, thrown, batch.raw());
            out.println(PREFIX + "RESULT " + i + " " + j.verdict() + " " + j.detail());
            out.flush();
        }
        out.println(PREFIX + "END");
        out.flush();
        // Whatever the cases left running (calls, registrations, pjsua itself) dies with the JVM.
        Runtime.getRuntime().halt(0);
    }
}
