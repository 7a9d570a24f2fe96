package org.cablearchive.records.domain;

import jakarta.persistence.Embeddable;
import org.cablearchive.records.Party;
import org.springframework.modulith.NamedInterface;

/** A sender or recipient as stored: the printed role and name, and the person record where one is linked. */
@NamedInterface("entities")
@Embeddable
public class Correspondent {

    private String role;
    private String name;
    private Long personId;

    protected Correspondent() {
    }

    Correspondent(Party party, Long personId) {
        this.role = party.role();
        this.name = party.name();
        this.personId = personId;
    }

    String role() {
        return role;
    }

    String name() {
        return name;
    }

    Long personId() {
        return personId;
    }

    public Party party() {
        return new Party(role, name);
    }

}
