package org.esgledger.app.review;

import java.util.List;
import java.util.Optional;

/**
 * What a review step acts on: one fact, one ledger batch, several facts by id, or the facts a filter selects (entity,
 * indicator, fiscal year; at least one of them). A filter takes only the facts in a state the step
 * applies to (submit: draft or rejected; approve, reject: submitted); a fact or batch named by id
 * must be in such a state, or the step is refused.
 */
public sealed interface Selection {

    record Fact(String id) implements Selection {
    }

    record Batch(long id) implements Selection {
    }

    /** Several facts by id (the selection of the web application's fact grid): each must exist and be in a state the step applies to. */
    record Facts(List<String> ids) implements Selection {
        public Facts {
            ids = List.copyOf(ids);
        }
    }

    record Filter(Optional<String> entity, Optional<String> indicator, Optional<Integer> year) implements Selection {
        public boolean empty() {
            return entity.isEmpty() && indicator.isEmpty() && year.isEmpty();
        }
    }

    /** For messages and the audit trail. */
    default String describe() {
        if (this instanceof Fact f) {
            return "fact " + f.id();
        }
        if (this instanceof Batch b) {
            return "batch " + b.id();
        }
        if (this instanceof Facts fs) {
            return "facts " + String.join(", ", fs.ids());
        }
        Filter f = (Filter) this;
        return "facts" + f.entity().map(e -> " entity=" + e).orElse("") + f.indicator().map(i -> " indicator=" + i).orElse("")
                + f.year().map(y -> " year=" + y).orElse("");
    }
}
