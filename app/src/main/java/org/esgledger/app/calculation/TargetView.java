package org.esgledger.app.calculation;

import org.esgledger.engine.i18n.Bilingual;

/** A target's status for a year, next to what the report declared. */
public record TargetView(String id, Bilingual subject, String status, String actual, String unit, String declared, Bilingual explanation) {
}
