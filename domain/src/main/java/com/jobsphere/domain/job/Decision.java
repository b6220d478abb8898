package com.jobsphere.domain.job;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.offer.Offer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one of a {@link Deal}'s decisions did: the deal as it is now, the rows that changed, at most one ledger
 * transfer, and possibly a refusal to report once the changes are committed. A decision that refuses and
 * changes nothing is thrown instead; one that refuses and still changes something (an offer found past its
 * expiry is marked expired) carries its refusal here, so the change commits and the caller is told.
 */
public final class Decision {
    private final Deal deal;
    private final List<Change> changes;
    private final Transfer transfer;
    private final BusinessRuleViolated refusal;

    Decision(Deal deal, List<Change> changes, Transfer transfer, BusinessRuleViolated refusal) {
        this.deal = Objects.requireNonNull(deal, "deal");
        this.changes = List.copyOf(changes);
        this.transfer = transfer;
        this.refusal = refusal;
    }

    public Deal deal() {
        return deal;
    }

    /** The rows to write, in the order they changed. */
    public List<Change> changes() {
        return changes;
    }

    /** The money the decision moves, posted in the same transaction as its changes. */
    public Optional<Transfer> transfer() {
        return Optional.ofNullable(transfer);
    }

    /** A refusal to report after the changes commit. */
    public Optional<BusinessRuleViolated> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** Hands each change, in order, to the store that writes it. */
    public void writeTo(Writer writer) {
        for (Change change : changes) {
            change.writeTo(writer);
        }
    }

    /** What a store does with each kind of change: the one place that tells the kinds apart. */
    public interface Writer {
        void saveJob(Job job);

        void addApplication(JobApplication application);

        void saveApplication(JobApplication application);

        void addOffer(Offer offer);

        void saveOffer(Offer offer);

        void addCompletion(CompletionRequest request);

        void saveCompletion(CompletionRequest request);
    }

    /** One changed row of the deal. */
    public sealed interface Change {
        void writeTo(Writer writer);

        record JobChanged(Job job) implements Change {
            @Override
            public void writeTo(Writer writer) {
                writer.saveJob(job);
            }
        }

        record ApplicationAdded(JobApplication application) implements Change {
            @Override
            public void writeTo(Writer writer) {
                writer.addApplication(application);
            }
        }

        record ApplicationChanged(JobApplication application) implements Change {
            @Override
            public void writeTo(Writer writer) {
                writer.saveApplication(application);
            }
        }

        record OfferAdded(Offer offer) implements Change {
            @Override
            public void writeTo(Writer writer) {
                writer.addOffer(offer);
            }
        }

        record OfferChanged(Offer offer) implements Change {
            @Override
            public void writeTo(Writer writer) {
                writer.saveOffer(offer);
            }
        }

        record CompletionRequested(CompletionRequest request) implements Change {
            @Override
            public void writeTo(Writer writer) {
                writer.addCompletion(request);
            }
        }

        record CompletionResolved(CompletionRequest request) implements Change {
            @Override
            public void writeTo(Writer writer) {
                writer.saveCompletion(request);
            }
        }
    }
}
