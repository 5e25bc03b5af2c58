package org.esgledger.engine.ghg;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;

/** An activity that cannot be turned into emissions: no applicable factor, no province, a unit the factor cannot take. */
public class GhgException extends EsgException {

    public GhgException(Message problem) {
        super(problem);
    }
}
