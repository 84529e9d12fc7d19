package org.pjsua4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.pjsua4j.Account;
import org.pjsua4j.Call;
import org.pjsua4j.Codec;
import org.pjsua4j.DtmfMethod;
import org.pjsua4j.Endpoint;

/**
 * pjsua's two consoles. The menu (pjsua_app_legacy.c) on stdin: one command a line, a command that
 * needs more (the URL to call, the answer code, the digits) reads it from the next line. The CLI
 * syntax of {@code --use-cli} (pjsua_app_cli.c: "call new URL", "call answer 200", or the short forms
 * "H", "#&nbsp;123"), one command a line with its arguments, as the telnet front end reads it. A command
 * the CLI does not have is answered with a line saying so.
 */
final class Console {
    private final Endpoint endpoint;
    private final Calls calls;
    private final Events events;
    private final Output out;
    private final Thread refresher;
    private boolean echo;

    Console(Endpoint endpoint, Calls calls, Events events, Output out, Options options) {
        this.endpoint = endpoint;
        this.calls = calls;
        this.events = events;
        this.out = out;
        int every = options.number("stdout-refresh", 0, 0, 3600);
        String text = options.get("stdout-refresh-text", "");
        refresher = every == 0 ? null : new Thread(() -> refresh(every, text), "pjsua4j-cli-refresh");
    }

    /** pjsua's --stdout-refresh: a line every so many seconds, so a reader of the pipe never waits long. */
    private void refresh(int seconds, String text) {
        try {
            while (true) {
                Thread.sleep(seconds * 1000L);
                out.line(text);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads commands until {@code q} (menu) or {@code shutdown} (CLI syntax) or the end of input.
     *
     * @param cliSyntax true for pjsua's {@code --use-cli} syntax, false for its menu
     */
    void run(BufferedReader in, boolean cliSyntax) throws IOException {
        if (refresher != null) {
            refresher.setDaemon(true);
            refresher.start();
        }
        try {
            String line;
            while ((line = prompt(in, ">>> ")) != null) {
                if (cliSyntax) {
                    if (!cli(line)) {
                        return;
                    }
                    continue;
                }
                if (line.equals("q")) {
                    return;
                }
                try {
                    menu(line, in);
                } catch (RuntimeException e) {
                    out.line(line + ": " + e.getMessage());
                }
            }
        } finally {
            if (refresher != null) {
                refresher.interrupt();
            }
        }
    }

    private String prompt(BufferedReader in, String text) throws IOException {
        out.text(text);
        String line = in.readLine();
        if (line != null && echo) {
            out.line(line);
        } else if (line != null) {
            out.line("");
        }
        return line == null ? null : line.strip();
    }

    private void menu(String line, BufferedReader in) throws IOException {
        String[] words = line.split("\\s+", 2);
        switch (words[0]) {
            case "":
                break;
            case "echo":
                if (words.length < 2) {
                    out.line("Usage: echo [0|1]");
                } else {
                    echo = !words[1].equals("0");
                }
                break;
            case "sleep":
                sleep(words);
                break;
            case "m":
                String url = prompt(in, "Make call: ");
                if (url != null && !url.isEmpty()) {
                    call(url);
                }
                break;
            case "a":
                answer(in);
                break;
            case "x":
                String target = prompt(in, "Transfer to URL: ");
                if (target != null && !target.isEmpty()) {
                    current().ifPresent(c -> c.transfer(target));
                }
                break;
            case "h":
                current().ifPresent(Call::hangup);
                break;
            case "ha":
                endpoint.hangupAll();
                break;
            case "#":
                String digits = prompt(in, "DTMF strings to send (0-9*R#A-B)");
                if (digits != null && !digits.isEmpty()) {
                    current().ifPresent(c -> c.sendDtmf(digits, DtmfMethod.RFC2833));
                }
                break;
            default:
                cli(line);
        }
    }

    /**
     * Runs one command in pjsua's CLI syntax.
     *
     * @return false for {@code shutdown}, which ends the program
     */
    boolean cli(String line) {
        String[] w = line.strip().split("\\s+");
        boolean grouped = w[0].equals("call") || w[0].equals("stat");
        String cmd = grouped && w.length > 1 ? w[1] : w[0];
        int arg = grouped ? 2 : 1;
        String rest = w.length > arg ? String.join(" ", Arrays.copyOfRange(w, arg, w.length)) : "";
        try {
            switch (cmd) {
                case "":
                    break;
                case "shutdown":
                    return false;
                case "new":
                    call(rest);
                    break;
                case "answer":
                    current().ifPresent(c -> c.answer(Integer.parseInt(rest)));
                    break;
                case "hangup":
                case "g":
                    current().ifPresent(Call::hangup);
                    break;
                case "hangup_all":
                case "hA":
                    endpoint.hangupAll();
                    break;
                case "hold":
                case "H":
                    current().ifPresent(Call::hold);
                    break;
                case "reinvite":
                case "v":
                    current().ifPresent(Call::unhold);
                    break;
                case "update":
                case "U":
                    current().ifPresent(Call::update);
                    break;
                case "transfer":
                    current().ifPresent(c -> c.transfer(rest));
                    break;
                case "d_2833":
                case "#":
                    current().ifPresent(c -> c.sendDtmf(rest, DtmfMethod.RFC2833));
                    break;
                case "d_info":
                case "*":
                    current().ifPresent(c -> c.sendDtmf(rest, DtmfMethod.SIP_INFO));
                    break;
                case "Cp":
                    codecPriority(rest);
                    break;
                case "dump_detail":
                case "dd":
                    dumpSettings();
                    break;
                case "rr":
                    endpoint.defaultAccount().ifPresent(a -> a.setRegistration(true));
                    break;
                case "ru":
                    endpoint.defaultAccount().ifPresent(a -> a.setRegistration(false));
                    break;
                default:
                    out.line(line.strip() + ": command not supported by pjsua4j yet");
            }
        } catch (RuntimeException e) {
            out.line(line.strip() + ": " + e.getMessage());
        }
        return true;
    }

    /**
     * The first half of pjsua's {@code dd} (stat dump_detail), in its format: pjlib's and pjsip's
     * settings. The rest of pjsua's dump, its transactions and dialogs, is pjsip's internal state,
     * which the facade does not show; the last line says so.
     */
    private void dumpSettings() {
        out.line("Start dumping application states:");
        endpoint.pjsipSettings().forEach((name, value) -> out.line(String.format(" %-25s : %s", name, value)));
        out.line("pjsua4j: the dump of pjsip's transactions and dialogs is not in pjsua4j");
    }

    /**
     * pjsua's {@code Cp}: with no argument lists the codecs and their priorities, with "ID PRIO" sets
     * the priority of the codecs whose id starts with ID ("*" for all).
     */
    private void codecPriority(String args) {
        if (args.isEmpty()) {
            for (Codec codec : endpoint.codecs()) {
                out.line("  " + codec.id() + "  Audio, prio: " + codec.priority()
                        + (codec.description().isEmpty() ? "" : " - " + codec.description()));
            }
            return;
        }
        String[] w = args.split("\\s+");
        if (w.length != 2) {
            out.line("Usage: Cp [codec-id priority]");
            return;
        }
        int priority = Math.max(0, Math.min(Codec.HIGHEST_PRIORITY, Integer.parseInt(w[1])));
        for (Codec codec : endpoint.codecs()) {
            if (w[0].equals("*") || codec.id().regionMatches(true, 0, w[0], 0, w[0].length())) {
                endpoint.setCodecPriority(codec.id(), priority);
            }
        }
    }

    /** Calls {@code url} from the default account, as pjsua's {@code m} and its command-line URL do. */
    void call(String url) {
        Account account = endpoint.defaultAccount()
                .orElseThrow(() -> new IllegalStateException("no account to call from"));
        calls.add(account.makeCall(url, events));
    }

    private void answer(BufferedReader in) throws IOException {
        Optional<Call> call = current();
        if (call.isEmpty()) {
            out.line("No pending incoming call");
            return;
        }
        String code = prompt(in, "Answer with code (100-699) (empty to cancel): ");
        if (code != null && !code.isEmpty()) {
            try {
                call.get().answer(Integer.parseInt(code));
            } catch (NumberFormatException e) {
                out.line("Invalid code " + code);
            }
        }
    }

    private void sleep(String[] words) {
        try {
            Thread.sleep(words.length < 2 ? 0 : Long.parseLong(words[1]));
        } catch (NumberFormatException e) {
            out.line("Usage: sleep MSEC");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<Call> current() {
        Optional<Call> call = calls.current();
        if (call.isEmpty()) {
            out.line("No current call");
        }
        return call;
    }
}
