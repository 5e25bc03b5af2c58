package org.esgledger.engine.catalogue;

/** The disclosure frameworks an indicator can be referenced to. */
public enum Framework {
    /** SZSE Self-Regulatory Guideline No. 17: articles ({@code Art.24}), topics ({@code E01}), data points. */
    SZSE,
    /** GRI Standards 2021 disclosures ({@code 2-7}, {@code 401-1}). */
    GRI,
    /** IFRS S1/S2 paragraphs and S2 metric items ({@code S2-29a-i-1}). */
    ISSB,
    /** UN Sustainable Development Goals ({@code SDG5}). */
    SDG;

    public static Framework parse(String text) {
        return Codes.parse(Framework.class, text);
    }
}
