package org.ticportal.core.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.ticportal.core.plugin.PolicyPin;

interface ApplicationRepository extends JpaRepository<RecognitionApplication, Long>,
        JpaSpecificationExecutor<RecognitionApplication> {

    /**
     * Applications in a notice stage whose notice was published and whose last notice day is before the given day
     * (a case whose notice was never published is not closed, however long ago it entered the stage).
     */
    @Query("select a.id from RecognitionApplication a where a.closed = false and a.stageKind = "
            + "org.ticportal.policy.api.procedure.StageKind.NOTICE and a.notice.published = true "
            + "and a.notice.lastDay < ?1 and a.notice.lastDayProvisional = false")
    List<Long> findNoticesEndedBefore(LocalDate day);

    /** Open applications in a stage limited in months whose last day is before the day (timed stages). */
    @Query("select a.id from RecognitionApplication a where a.closed = false and a.stageExpires < ?1 order by a.id")
    List<Long> findStagesExpiredBefore(LocalDate day);

    /** Open applications whose notice end was counted across a year not loaded at the time. */
    @Query("select a.id from RecognitionApplication a where a.closed = false and a.notice.lastDayProvisional = true")
    List<Long> findProvisionalNotices();

    /** Whether another open or recognised application already uses the full name. */
    @Query("select count(a) > 0 from RecognitionApplication a where a.fullName = ?1 and a.id <> ?2 and a.submittedAt "
            + "is not null and a.stageKind not in (org.ticportal.policy.api.procedure.StageKind.REJECTED, "
            + "org.ticportal.policy.api.procedure.StageKind.ACCEPTANCE_FAILED, "
            + "org.ticportal.policy.api.procedure.StageKind.WITHDRAWN)")
    boolean fullNameUsedByOther(String fullName, long applicationId);

    /** Whether the unit filed another application under the policy in the year. */
    @Query("select count(a) > 0 from RecognitionApplication a where a.unit.creditCode = ?1 and a.policyId = ?2 "
            + "and a.filedYear = ?3 and a.id <> ?4 and a.stageKind <> org.ticportal.policy.api.procedure.StageKind.WITHDRAWN")
    boolean unitFiledOtherInYear(String creditCode, String policyId, int year, long applicationId);

    /** Whether the person directs another open or recognised application. */
    @Query("select count(a) > 0 from RecognitionApplication a where a.directorKey = ?1 and a.id <> ?2 and "
            + "a.submittedAt is not null and a.stageKind not in (org.ticportal.policy.api.procedure.StageKind.REJECTED, "
            + "org.ticportal.policy.api.procedure.StageKind.ACCEPTANCE_FAILED, "
            + "org.ticportal.policy.api.procedure.StageKind.WITHDRAWN)")
    boolean directorOfOther(String directorKey, long applicationId);

    /** How many applications are pinned to each plugin version of each policy. */
    @Query("select a.policyId, a.pluginId, a.pluginVersion, a.closed, count(a) from RecognitionApplication a "
            + "group by a.policyId, a.pluginId, a.pluginVersion, a.closed")
    List<Object[]> countByPin();

    /**
     * The plugin versions open applications are pinned to, each once. Grouped by {@code closed} first, so that MariaDB
     * reads one entry of {@code ix_application_open_pin} per pin (a loose index scan), however many applications
     * there are: the inbox asks at each visit.
     */
    @Query("select new org.ticportal.core.plugin.PolicyPin(a.policyId, a.pluginId, a.pluginVersion) "
            + "from RecognitionApplication a where a.closed = false "
            + "group by a.closed, a.policyId, a.pluginId, a.pluginVersion")
    List<PolicyPin> findOpenPins();

    @Query("select a.id from RecognitionApplication a where a.policyId = ?1 and a.pluginVersion = ?2 "
            + "and a.closed = false order by a.id")
    List<Long> findOpenIdsPinnedTo(String policyId, String pluginVersion);

    /** The unit's open applications under the policy in a call. */
    @Query("select a.referenceNo from RecognitionApplication a where a.unit.id = ?1 and a.policyId = ?2 "
            + "and a.closed = false and a.callId = ?3 order by a.id")
    List<String> findOpenInCall(long unitId, String policyId, long callId);

    /** The unit's open applications under the policy filed outside calls. */
    @Query("select a.referenceNo from RecognitionApplication a where a.unit.id = ?1 and a.policyId = ?2 "
            + "and a.closed = false and a.callId is null order by a.id")
    List<String> findOpenOutsideCalls(long unitId, String policyId);

    /**
     * How many other applications of a call the recommending body has recommended, as committed now: a locking read
     * ({@code LOCK IN SHARE MODE}), which under MariaDB's REPEATABLE READ sees the latest committed rows rather than
     * the snapshot the transaction began reading with (a recommendation committed by another transaction while this
     * one waited for the call's lock is counted).
     */
    @Query(value = "select count(*) from recognition_application where call_id = ?1 and recommending_body_code = ?2 "
            + "and recommended_at is not null and id <> ?3 lock in share mode", nativeQuery = true)
    long countRecommendedInCallLocking(long callId, String bodyCode, long applicationId);
}
