package org.pjsua4j.cli;

import org.pjsua4j.Buddy;
import org.pjsua4j.BuddyListener;
import org.pjsua4j.BuddyPresence;

/** pjsua's buddy line (pjsua_app.c's on_buddy_state) for each presence change of a --add-buddy. */
final class BuddyLines implements BuddyListener {
    private final Output out;

    BuddyLines(Output out) {
        this.out = out;
    }

    @Override
    public void onPresence(Buddy buddy, BuddyPresence presence) {
        out.line(buddy.uri() + " status is " + presence.status() + ", subscription state is "
                + presence.subscription());
    }
}
