package org.esgledger.app.web.internal;

import java.util.List;
import java.util.Locale;

import org.esgledger.app.audit.ChainVerdict;

/** A verdict of the chain as the audit log says it: the label key and its arguments (the page puts them in its language). */
record ChainVerdictText(boolean intact, String key, List<Object> args) {

    static ChainVerdictText of(ChainVerdict verdict) {
        if (verdict instanceof ChainVerdict.Intact i) {
            return new ChainVerdictText(true, "web.audit.intact", List.of(i.events(), i.events() + ":" + i.head()));
        }
        ChainVerdict.Broken b = (ChainVerdict.Broken) verdict;
        return new ChainVerdictText(false, "web.audit.broken", List.of(String.valueOf(b.seq()), "web.audit.breach." + b.breach().name().toLowerCase(Locale.ROOT),
                b.detail()));
    }
}
