package org.esgledger.app.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a render produced and what its owner should know: the files written, the figure
 * references without a value, the year's computed figures no edition used, the consistency
 * findings that touch a rendered figure, and the render report file that lists them.
 */
public record Rendering(List<Path> files, List<String> missing, List<String> unused, List<String> findings, Path renderReport,
                        int figures, long snapshot) {

    public Rendering {
        files = List.copyOf(files);
        missing = List.copyOf(missing);
        unused = List.copyOf(unused);
        findings = List.copyOf(findings);
    }
}
