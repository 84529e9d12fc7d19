package org.pjsua4j.raw;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The list of callbacks that cross the boundary: Upcall against PjsuaCallback and the C table. */
class UpcallTest {
    @BeforeAll
    static void load() {
        NativeLibraryLoader.load();
    }

    @Test
    void everyPjsuaCallbackMethodHasAConstantAndEveryConstantAMethod() {
        List<String> methods = Arrays.stream(PjsuaCallback.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).sorted().collect(Collectors.toList());
        List<String> constants = Upcall.callbackNames().stream().sorted().collect(Collectors.toList());
        assertEquals(methods, constants);
    }

    @Test
    void theNativeTableMatchesInOrder() {
        assertEquals(Upcall.callbackNames(), List.of(NativeBridge.callbackNames()));
        assertDoesNotThrow(() -> Upcall.checkNativeTable(NativeBridge.callbackNames()));
    }

    @Test
    void aMismatchNamesTheDifference() {
        List<String> names = new ArrayList<>(Upcall.callbackNames());
        names.remove("on_call_replaced");
        names.add("on_call_sdp_created");
        UnsatisfiedLinkError e = assertThrows(UnsatisfiedLinkError.class,
                () -> Upcall.checkNativeTable(names.toArray(String[]::new)));
        assertTrue(e.getMessage().endsWith("only in C [on_call_sdp_created], only in Java [on_call_replaced]"),
                e.getMessage());

        List<String> reordered = new ArrayList<>(Upcall.callbackNames());
        Collections.swap(reordered, 0, 1);
        e = assertThrows(UnsatisfiedLinkError.class,
                () -> Upcall.checkNativeTable(reordered.toArray(String[]::new)));
        assertTrue(e.getMessage().contains("the same callbacks in another order: C [on_incoming_call, on_reg_state2,"),
                e.getMessage());
    }

    @Test
    void theMaskHasTheBitsOfTheOverriddenMethodsOnly() {
        PjsuaCallback none = new PjsuaCallback() { };
        PjsuaCallback two = new PjsuaCallback() {
            @Override
            public void on_call_state(int call_id, SWIGTYPE_p_pjsip_event e) {
            }

            @Override
            public int on_call_redirected(int call_id, String target, SWIGTYPE_p_pjsip_event e) {
                return pjsua.PJSIP_REDIRECT_ACCEPT;
            }
        };
        assertEquals(0, Upcall.maskOf(none));
        assertEquals(Upcall.ON_CALL_STATE.bit() | Upcall.ON_CALL_REDIRECTED.bit(), Upcall.maskOf(two));
    }
}
