package org.esgledger.engine.report.document;

import org.esgledger.engine.report.template.Picture;

/**
 * What a report's cover says about whose report it is and for when: the organisation's names in
 * Chinese and in English (both, in either edition), its stock code (empty when it is not listed or
 * the template gives none), its logo (null without), the report's year and its reporting period, written in the edition's
 * language. The period is the calendar year: fiscal years are reported as calendar years.
 */
public record Cover(String nameZh, String nameEn, String stockCode, Picture logo, int year, String period) {

    public Cover {
        nameZh = nameZh == null ? "" : nameZh.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        stockCode = stockCode == null ? "" : stockCode.strip();
        period = period == null ? "" : period;
    }
}
