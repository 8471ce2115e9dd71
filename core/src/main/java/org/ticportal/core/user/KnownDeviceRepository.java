package org.ticportal.core.user;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface KnownDeviceRepository extends JpaRepository<KnownDevice, Long> {

    /**
     * The id of the account named {@code username} when the device with this token hash signed in to it after
     * {@code since}. One statement whether or not the name exists.
     */
    @Query("select d.userId from KnownDevice d, UserAccount u where u.username = :username and d.userId = u.id"
            + " and d.tokenHash = :tokenHash and d.lastSeen > :since")
    Optional<Long> findUserOfKnownDevice(String username, String tokenHash, Instant since);

    /** Records a successful sign-in from a device; parallel logins to one account order on the unique key. */
    @Modifying(flushAutomatically = true)
    @Query(value = "INSERT INTO known_device (user_id, token_hash, first_seen, last_seen) VALUES (:userId, :tokenHash,"
            + " :at, :at) ON DUPLICATE KEY UPDATE last_seen = GREATEST(last_seen, :at)", nativeQuery = true)
    int remember(long userId, String tokenHash, Instant at);
}
