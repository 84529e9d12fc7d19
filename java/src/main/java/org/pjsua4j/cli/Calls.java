package org.pjsua4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pjsua4j.Call;

/** The live calls and pjsua's "current call" that the menu commands act on (the newest live one). */
final class Calls {
    private final List<Call> live = new ArrayList<>();
    synchronized void add(Call call) {
        live.add(call);
    }

    synchronized void remove(Call call) {
        live.remove(call);
    }

    synchronized Optional<Call> current() {
        return live.isEmpty() ? Optional.empty() : Optional.of(live.get(live.size() - 1));
    }
}
