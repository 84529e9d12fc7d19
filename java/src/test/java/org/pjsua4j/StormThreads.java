package org.pjsua4j;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;
import java.lang.management.PlatformManagedObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.invoke.MethodType;
import java.util.concurrent.ThreadFactory;

/**
 * Threads for the storm mains, platform or virtual. The test sources compile at release 17, so
 * {@code Thread.ofVirtual()} (Java 21) is looked up at run time; the virtual storms run in a child
 * JVM of a newer JDK.
 */
final class StormThreads {
    private StormThreads() {
    }

    /**
     * @param kind "platform" or "virtual"
     * @return a factory of unstarted threads of that kind
     * @throws IllegalArgumentException if kind is neither
     * @throws UnsupportedOperationException if virtual threads are asked of a JDK without them
     */
    static ThreadFactory factory(String kind) {
        switch (kind) {
            case "platform":
                return Thread::new;
            case "virtual":
                return virtualFactory();
            default:
                throw new IllegalArgumentException("thread kind " + kind + " is neither platform nor virtual");
        }
    }

    private static ThreadFactory virtualFactory() {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Class<?> builder = Class.forName("java.lang.Thread$Builder$OfVirtual");
            Object ofVirtual = lookup.findStatic(Thread.class, "ofVirtual", MethodType.methodType(builder)).invoke();
            return (ThreadFactory) lookup.findVirtual(builder, "factory", MethodType.methodType(ThreadFactory.class))
                    .invoke(ofVirtual);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new UnsupportedOperationException("Java " + Runtime.version() + " has no virtual threads", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Thread.ofVirtual().factory() failed", e);
        }
    }

    /**
     * Prints every thread, virtual ones included, in the text format of {@code jcmd Thread.dump_to_file}
     * (ThreadMXBean only sees platform threads: a virtual worker shows there only while mounted).
     * Prints nothing on a JDK before 21, which has no virtual threads to show.
     */
    static void dumpVirtualThreads() {
        try {
            Class<?> bean = Class.forName("com.sun.management.HotSpotDiagnosticMXBean");
            Class<?> format = Class.forName("com.sun.management.HotSpotDiagnosticMXBean$ThreadDumpFormat");
            Object text = format.getField("TEXT_PLAIN").get(null);
            Path file = Files.createTempDirectory("storm").resolve("threads.txt");
            Object mx = ManagementFactory.getPlatformMXBean(bean.asSubclass(PlatformManagedObject.class));
            bean.getMethod("dumpThreads", String.class, format).invoke(mx, file.toString(), text);
            System.out.println(Files.readString(file));
        } catch (NoSuchFieldException | NoSuchMethodException | ClassNotFoundException e) {
            System.out.println("(no virtual-thread dump on Java " + Runtime.version() + ")");
        } catch (ReflectiveOperationException | IOException e) {
            System.out.println("(virtual-thread dump failed: " + e + ")");
        }
    }
}
