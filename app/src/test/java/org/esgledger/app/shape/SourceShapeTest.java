package org.esgledger.app.shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counting the shape rules rely on, on sources written for the purpose. */
class SourceShapeTest {

    @TempDir
    Path dir;

    private SourceShape shape(String source) throws IOException {
        Path file = dir.resolve("Sample.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        return SourceShape.read(file);
    }

    @Test
    void aMethodSpansFromItsDeclarationToItsClosingBrace() throws IOException {
        SourceShape s = shape("""
                class Sample {
                    /** a { brace in a comment } */
                    public static java.util.List<String> names(int a,
                                                                 int b) throws java.io.IOException {
                        String s = "}{";
                        if (a > b) {
                            return java.util.List.of(s);
                        }
                        return java.util.List.of();
                    }

                    record Point(int x, int y) {
                        Point {
                        }
                    }
                }
                """);
        assertThat(s.methods()).extracting(SourceShape.Method::name, SourceShape.Method::lines).containsExactly(
                tuple("names", 8));
        assertThat(s.qualifiedNames()).containsExactly("Sample.java:3 java.util.List", "Sample.java:4 java.io.IOException",
                "Sample.java:7 java.util.List", "Sample.java:9 java.util.List");
    }

    @Test
    void commentsStringsAndTextBlocksAreNotCode() throws IOException {
        SourceShape s = shape("""
                import java.util.List;
                class Sample {
                    // java.util.Map in a comment
                    String text = \"""
                        java.util.Set and { braces }
                        \""";
                    char c = '{';
                    void run() {
                        System.out.println("org.example.Thing");
                    }
                }
                """);
        assertThat(s.qualifiedNames()).isEmpty();
        assertThat(s.methods()).extracting(SourceShape.Method::lines).containsExactly(3);
    }

    @Test
    void aQualifiedNameTheFileDeclaresItselfIsAClashNotAnInlineName() throws IOException {
        SourceShape s = shape("""
                class Sample {
                    record Month(int year, int month) {
                        java.time.Month month() {
                            return java.time.Month.of(month);
                        }
                    }
                    java.time.Year year;
                }
                """);
        assertThat(s.qualifiedNames()).containsExactly("Sample.java:7 java.time.Year");
    }
}
