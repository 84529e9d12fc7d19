package org.pjsua4j.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of cases run in one forked JVM: a layer in one state. {@link #cases} is called in the child
 * and must give the same list each time, so a JVM restarted after a crash resumes at the next index.
 */
enum Batch {
    RAW_BEFORE_CREATE("raw", "before pjsua_create"),
    RAW_CREATED("raw", "created"),
    RAW_STARTED("raw", "started"),
    RAW_DESTROYED("raw", "after pjsua_destroy"),
    RAW_STRUCTS("raw", "struct proxies (no pjsua)"),
    FACADE_OPEN("facade", "open endpoint"),
    FACADE_ENDED_CALL("facade", "ended call"),
    FACADE_CLOSED_ACCOUNT("facade", "closed account"),
    FACADE_CLOSED("facade", "closed endpoint");

    final String layer;
    final String state;

    Batch(String layer, String state) {
        this.layer = layer;
        this.state = state;
    }

    boolean raw() {
        return layer.equals("raw");
    }

    /** Enters the batch's state in this JVM and returns its cases; excluded functions are added to excluded. */
    List<SweepCase> cases(List<String> excluded) throws Exception {
        switch (this) {
            case RAW_BEFORE_CREATE:
                return RawCases.forState(RawState.BEFORE_CREATE, RawState.BEFORE_CREATE.enter(), excluded);
            case RAW_CREATED:
                return RawCases.forState(RawState.CREATED, RawState.CREATED.enter(), excluded);
            case RAW_STARTED:
                return RawCases.forState(RawState.STARTED, RawState.STARTED.enter(), excluded);
            case RAW_DESTROYED:
                return RawCases.forState(RawState.DESTROYED, RawState.DESTROYED.enter(), excluded);
            case RAW_STRUCTS:
                return StructCases.all();
            default:
                return new ArrayList<>(FacadeCases.forState(FacadeState.valueOf(name().substring(7)), excluded));
        }
    }
}
