package com.jobsphere.domain.testdata;

import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.ledger.Subject;

/** What test transfers are about, when a test only cares about their money. */
public final class Subjects {
    public static final Subject.Offer OFFER = new Subject.Offer(new OfferId("offer-1"), new JobId("job-1"));
    public static final WithdrawalId WITHDRAWAL = new WithdrawalId("withdrawal-1");
    public static final DepositId DEPOSIT = new DepositId("deposit-1");

    private Subjects() {
    }
}
