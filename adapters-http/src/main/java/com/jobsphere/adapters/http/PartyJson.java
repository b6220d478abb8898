package com.jobsphere.adapters.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.jobsphere.application.port.Party;

/** A related user shown populated: {@code {_id, name, email}}. */
record PartyJson(@JsonProperty("_id") String id, String name, String email) {
    /** Null stays null: an unassigned contractor is {@code null} on the wire. */
    static PartyJson of(Party party) {
        return party == null ? null : new PartyJson(party.id().value(), party.name(), party.email());
    }
}
