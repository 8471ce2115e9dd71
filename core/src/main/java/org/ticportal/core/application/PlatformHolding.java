package org.ticportal.core.application;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A platform a unit holds (a recognised center; later also imported engineering research centers and key labs), with
 * its director, for the questions policy rules ask about other records.
 */
@Entity
@Table(name = "platform_holding")
class PlatformHolding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credit_code", nullable = false, length = 18)
    private String creditCode;

    @Column(name = "platform_kind", nullable = false, length = 64)
    private String platformKind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "director_key", length = 64)
    private @Nullable String directorKey;

    @Column(nullable = false, length = 64)
    private String source;

    @Column(nullable = false)
    private LocalDate since;

    protected PlatformHolding() {
    }

    PlatformHolding(String creditCode, String platformKind, String name, @Nullable String directorKey, String source,
                    LocalDate since) {
        this.creditCode = creditCode;
        this.platformKind = platformKind;
        this.name = name;
        this.directorKey = directorKey;
        this.source = source;
        this.since = since;
    }
}
