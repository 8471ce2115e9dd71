package org.ticportal.core.center;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out recognition document numbers, one sequence per jurisdiction and year. The upsert takes the year's row
 * with a write lock held until the recognising step commits: a second recognition at the same time waits and gets the
 * next number; a step that rolls back gives its number back.
 */
@Component
class CenterNumbers {

    @PersistenceContext
    private EntityManager em;

    private final RecognitionProperties properties;

    CenterNumbers(RecognitionProperties properties) {
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    CenterNumber next(String jurisdictionCode, int year) {
        em.createNativeQuery("insert into center_number_sequence (jurisdiction_code, year, last_seq) "
                        + "values (?1, ?2, 1) on duplicate key update last_seq = last_seq + 1")
                .setParameter(1, jurisdictionCode).setParameter(2, year).executeUpdate();
        int value = ((Number) em.createNativeQuery("select last_seq from center_number_sequence "
                        + "where jurisdiction_code = ?1 and year = ?2")
                .setParameter(1, jurisdictionCode).setParameter(2, year).getSingleResult()).intValue();
        return new CenterNumber(properties.format(year, value), year, value);
    }
}
