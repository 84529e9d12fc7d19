package org.pjsua4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.pjsua4j.peers.JvmCommand;
import org.pjsua4j.peers.Kamailio;
import org.pjsua4j.peers.PeerProcess;

/** Runs {@link StartStop} in a JVM of its own against SIPp as registrar; medians of its rounds, in ms. */
final class StartStopRun {
    static final Path REGISTRAR = Path.of("bench/sipp/registrar.xml");

    private StartStopRun() {
    }

    /** @return median ms per measure: start, close, register (the round trip), closeRegistered */
    static Map<String, Double> measure(int rounds) throws IOException, InterruptedException {
        int port = Kamailio.freePort();
        Path dir = Files.createTempDirectory("pjsua4j-registrar");
        Process sipp = new ProcessBuilder("sipp", "-sf", REGISTRAR.toAbsolutePath().toString(), "-i", "127.0.0.1",
                "-p", Integer.toString(port), "-m", Integer.toString(rounds), "-nostdin", "-timeout", "120s")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("sipp.out").toFile())
                .start();
        PeerProcess registrar = new PeerProcess(dir, sipp);
        try {
            registrar.awaitUdpBound(port);
            Process jvm = new ProcessBuilder(JvmCommand.of(List.of(), StartStop.class,
                    List.of(Integer.toString(rounds), "127.0.0.1:" + port))).redirectErrorStream(true).start();
            Map<String, List<Double>> times = new TreeMap<>();
            StringBuilder out = new StringBuilder();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.append(line).append('\n');
                    String[] f = line.split(" ");
                    if (f.length == 2 && f[1].matches("[0-9.]+")) {
                        times.computeIfAbsent(f[0], k -> new ArrayList<>()).add(Double.parseDouble(f[1]));
                    }
                }
            }
            if (!jvm.waitFor(60, TimeUnit.SECONDS) || jvm.exitValue() != 0) {
                throw new IOException("StartStop failed: " + out + registrar.logs());
            }
            Map<String, Double> medians = new TreeMap<>();
            times.forEach((name, list) -> medians.put(name, list.stream().sorted().toList().get(list.size() / 2)));
            return medians;
        } finally {
            registrar.stop();
        }
    }
}
