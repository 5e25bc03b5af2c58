package org.esgledger.engine.report;

/** The two editions of a report. */
public enum Language {
    ZH, EN
}
