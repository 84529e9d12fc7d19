import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fits the Javadoc SWIG -doxygen made from pjproject's comments to the Java the raw layer really has,
 * so javadoc (with doclint) accepts it. pjsua.h documents the C functions: their pj_status_t result
 * (a Java method that throws PjsipException instead is void), out-parameters (returned in Java, so
 * absent from the signature), "@see f(), g" lists, and text with bare &lt; &gt; &amp;. Each of those
 * stays as text ("C returns: ...", "C parameter p_id: ...", "See also: ...", escaped characters),
 * so nothing of pjsip's documentation is lost and no tag claims what the Java method does not do.
 * Run by swig/CMakeLists.txt after SWIG as {@code java RawJavadoc.java <dir of generated sources>}.
 */
public final class RawJavadoc {
    private static final Pattern PARAM = Pattern.compile("^(\\s*\\*\\s*)@param\\s+(\\w+)(.*)$");
    private static final Pattern RETURN = Pattern.compile("^(\\s*\\*\\s*)@return\\b(.*)$");
    private static final Pattern SEE = Pattern.compile("^(\\s*\\*\\s*)@see\\b(.*)$");
    private static final Pattern METHOD = Pattern.compile("\\b([\\w.\\[\\]<>]+)\\s+(\\w+)\\s*\\(([^)]*)\\)");
    private static final Pattern MARKUP = Pattern.compile(
            "</?(br|p|b|i|u|code|pre|ul|ol|li|em|strong|tt|table|tr|td|th|sup|sub|h[1-6]|dl|dt|dd|blockquote|hr)"
                    + "(\\s[^<>]*)?/?>|&(\\w+|#\\d+);|\\{@\\w+[^{}]*\\}",
            Pattern.CASE_INSENSITIVE);

    private RawJavadoc() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Paths.get(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> fitted = fit(lines);
            if (!fitted.equals(lines)) {
                Files.write(file, fitted, StandardCharsets.UTF_8);
            }
        }
    }

    static List<String> fit(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).trim().startsWith("/**")) {
                continue;
            }
            int end = i;
            while (end < out.size() && !out.get(end).contains("*/")) {
                end++;
            }
            i = fitComment(out, i, end, declarationAfter(out, end + 1));
        }
        return out;
    }

    /** The declaration a comment documents, joined up to its body or semicolon. */
    private static String declarationAfter(List<String> lines, int from) {
        StringBuilder decl = new StringBuilder();
        for (int i = from; i < lines.size() && i < from + 10; i++) {
            decl.append(lines.get(i)).append(' ');
            if (lines.get(i).contains("{") || lines.get(i).contains(";")) {
                break;
            }
        }
        return decl.toString();
    }

    /**
     * Rewrites lines start+1 .. end-1 (the comment's body): tags the Java method cannot carry become
     * paragraphs of the description, placed before the block tags so they do not run into another
     * tag's text; when the Java method returns what C wrote through its one out-parameter, that
     * parameter's text is its @return.
     *
     * @return the index of the comment's last line afterwards
     */
    private static int fitComment(List<String> lines, int start, int end, String declaration) {
        if (end <= start + 1) {
            return end;
        }
        Matcher m = METHOD.matcher(declaration);
        boolean method = m.find() && !declaration.contains(" class ") && !declaration.contains(" interface ");
        boolean isVoid = method && m.group(1).equals("void");
        Set<String> params = method ? parameterNames(m.group(3)) : Set.of();

        List<String> description = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        for (int i = start + 1; i < end; i++) {
            String line = escapeText(lines.get(i));
            if (line.matches("^\\s*\\*\\s*@\\w+.*")) {
                tags.add(new ArrayList<>(List.of(line)));
            } else if (tags.isEmpty()) {
                description.add(line);
            } else {
                tags.get(tags.size() - 1).add(line);
            }
        }
        List<List<String>> outParams = new ArrayList<>();
        List<List<String>> kept = new ArrayList<>();
        List<String> cReturn = null;
        for (List<String> tag : tags) {
            Matcher t;
            if ((t = PARAM.matcher(tag.get(0))).matches() && !params.contains(t.group(2))) {
                tag.set(0, t.group(1) + "<p>C parameter {@code " + t.group(2) + "}:" + t.group(3));
                outParams.add(tag);
            } else if ((t = RETURN.matcher(tag.get(0))).matches() && (!method || isVoid || t.group(2).contains("PJ_SUCCESS"))) {
                tag.set(0, t.group(1) + "<p>C returns:" + t.group(2));
                cReturn = tag;
            } else if ((t = SEE.matcher(tag.get(0))).matches()) {
                tag.set(0, t.group(1) + "<p>See also:" + t.group(2));
                description.addAll(tag);
            } else {
                kept.add(tag);
            }
        }
        List<String> body = new ArrayList<>(description);
        outParams.forEach(body::addAll);
        if (cReturn != null) {
            body.addAll(cReturn);
            if (method && !isVoid && outParams.size() == 1) {
                List<String> returned = new ArrayList<>(outParams.get(0));
                returned.set(0, returned.get(0).replaceFirst("<p>C parameter \\{@code (\\w+)\\}:", "@return (C's $1)"));
                kept.add(returned);
            }
        }
        kept.forEach(body::addAll);
        lines.subList(start + 1, end).clear();
        lines.addAll(start + 1, body);
        return start + 1 + body.size();
    }

    private static Set<String> parameterNames(String list) {
        List<String> names = new ArrayList<>();
        for (String param : list.split(",")) {
            String[] words = param.trim().split("\\s+");
            if (words.length > 0 && !words[words.length - 1].isEmpty()) {
                names.add(words[words.length - 1]);
            }
        }
        return Set.copyOf(names);
    }

    /** Escapes &lt;, &gt; and &amp; that are not part of HTML markup, an entity, or an inline tag. */
    private static String escapeText(String line) {
        StringBuilder out = new StringBuilder();
        Matcher m = MARKUP.matcher(line);
        int at = 0;
        while (m.find()) {
            out.append(escape(line.substring(at, m.start()))).append(m.group());
            at = m.end();
        }
        return out.append(escape(line.substring(at))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
