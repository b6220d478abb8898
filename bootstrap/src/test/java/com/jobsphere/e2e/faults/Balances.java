package com.jobsphere.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Response;
import com.jobsphere.e2e.support.User;
import java.math.BigDecimal;
import java.util.List;

/** The money check that ends every fault test: nothing moved twice, nothing was lost, the ledger balances. */
final class Balances {
    private Balances() {
    }

    /**
     * Each contractor holds exactly what it was funded with, less the withdrawals that took effect (one per key),
     * and the ledger's postings and balances agree.
     */
    static void assertExact(Marketplace market, List<User> contractors, BigDecimal funded,
            List<KeyedRequest> withdrawalsTakenEffect) {
        for (User contractor : contractors) {
            BigDecimal withdrawn = withdrawalsTakenEffect.stream().filter(request -> request.user().equals(contractor))
                    .map(KeyedRequest::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(market.balance(contractor)).as("balance of %s", contractor.email())
                    .isEqualTo(funded.subtract(withdrawn));
        }
        Response ledger = market.verifyLedger().expect(200);
        assertThat(ledger.data().path("balanced").asBoolean()).as("ledger: %s", ledger).isTrue();
        assertThat(ledger.data().path("discrepancies")).as("ledger discrepancies").isEmpty();
    }
}
