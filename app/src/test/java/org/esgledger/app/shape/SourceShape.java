package org.esgledger.app.shape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Java sources the way a reviewer counts: the code of a file with comments, strings and text
 * blocks blanked out (so braces and names inside them do not count), its length, the length of
 * each method (declaration line to closing brace), and qualified class names written inline.
 */
final class SourceShape {

    /** A method or constructor: where it starts and how many lines it spans. */
    record Method(Path file, int line, String name, int lines) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " " + name + " (" + lines + " lines)";
        }
    }

    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|protected|private|static|final|abstract|synchronized|default|native)\\s+)*"
                    + "(?:<[^>]+>\\s+)?(?:[\\w.<>\\[\\],?\\s]+\\s+)?(\\w+)\\s*\\([^;]*\\)\\s*(?:throws\\s+[\\w.,\\s]+)?\\{\\s*$");
    private static final Pattern CONTROL = Pattern.compile("^\\s*(?:\\}\\s*)?(?:if|for|while|switch|catch|synchronized|try|do|else|return|new)\\b.*");
    private static final Pattern TYPE = Pattern.compile(".*\\b(?:record|class|enum|interface)\\s+\\w+.*");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:record|class|enum|interface)\\s+(\\w+)");
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])(?:java|javax|org|com)\\.[a-z][\\w]*(?:\\.[a-z][\\w]*)*\\.[A-Z]\\w*");

    private final Path file;
    private final List<String> code;

    private SourceShape(Path file, List<String> code) {
        this.file = file;
        this.code = code;
    }

    static List<SourceShape> under(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).sorted().map(SourceShape::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceShape read(Path file) {
        try {
            return new SourceShape(file, blank(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file() {
        return file;
    }

    int lines() {
        return code.size();
    }

    /** Methods and constructors with their spans, found by their declaration line and matching brace. */
    List<Method> methods() {
        List<Method> out = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            String line = code.get(i);
            int last = i;
            while (open(line) > 0 && last + 1 < code.size() && last - i < 12) {
                line = line + " " + code.get(++last).trim();
            }
            var m = DECLARATION.matcher(line);
            if (m.matches() && !CONTROL.matcher(line).matches() && !TYPE.matcher(line).matches() && !line.contains("->")
                    && !line.contains("=")) {
                out.add(new Method(file, i + 1, m.group(1), end(last) - i + 1));
            }
        }
        return out;
    }

    /**
     * Qualified names written in code (imports and package lines aside), with their line; a name
     * the file also declares as a type of its own (a clash an import cannot settle) aside.
     */
    List<String> qualifiedNames() {
        Set<String> declared = new HashSet<>();
        for (String line : code) {
            var d = DECLARED.matcher(line);
            while (d.find()) {
                declared.add(d.group(1));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            String line = code.get(i).trim();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            var m = QUALIFIED.matcher(line);
            while (m.find()) {
                if (declared.contains(m.group().substring(m.group().lastIndexOf('.') + 1))) {
                    continue;
                }
                out.add(file.getFileName() + ":" + (i + 1) + " " + m.group());
            }
        }
        return out;
    }

    /** Parentheses opened and not closed on a line. */
    private static int open(String line) {
        int open = 0;
        for (char c : line.toCharArray()) {
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return open;
    }

    private int end(int start) {
        int depth = 0;
        for (int i = start; i < code.size(); i++) {
            for (char c : code.get(i).toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
        }
        return code.size() - 1;
    }

    /** The source with comments, string and char literals and text blocks replaced by spaces; lines kept. */
    static List<String> blank(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int n = source.length();
        int i = 0;
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = skip(source, out, i, source.indexOf('\n', i) < 0 ? n : source.indexOf('\n', i));
            } else if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                i = skip(source, out, i, close < 0 ? n : close + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int close = source.indexOf("\"\"\"", i + 3);
                i = skip(source, out, i, close < 0 ? n : close + 3);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = skip(source, out, i, Math.min(n, j + 1));
            } else {
                out.append(c);
                i++;
            }
        }
        return List.of(out.toString().split("\n", -1));
    }

    private static int skip(String source, StringBuilder out, int from, int to) {
        for (int k = from; k < to; k++) {
            out.append(source.charAt(k) == '\n' ? '\n' : ' ');
        }
        return to;
    }
}
