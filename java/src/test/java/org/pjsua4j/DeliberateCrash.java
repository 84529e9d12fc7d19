package org.pjsua4j;

import java.lang.reflect.Field;

/** Child-JVM main of {@link CrashReportTest}: crashes its JVM with a SIGSEGV (a write to address 0). */
final class DeliberateCrash {
    private DeliberateCrash() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Field f = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
        f.setAccessible(true);
        Object unsafe = f.get(null);
        unsafe.getClass().getMethod("putAddress", long.class, long.class).invoke(unsafe, 0L, 0L);
        System.out.println("storm.survived=1");
    }
}
