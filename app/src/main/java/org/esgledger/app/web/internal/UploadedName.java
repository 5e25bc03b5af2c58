package org.esgledger.app.web.internal;

/**
 * The name of an uploaded file as the batch records it: the browser's file name without any folder part,
 * control characters and path separators replaced, at most {@value #MAX_CHARS} characters.
 */
final class UploadedName {

    static final int MAX_CHARS = 200;

    private UploadedName() {
    }

    static String of(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "upload";
        }
        return name.length() > MAX_CHARS ? name.substring(0, name.offsetByCodePoints(0, MAX_CHARS)) : name;
    }
}
