package org.ticportal.core.gridview;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SavedGridViewDefaultRepository extends JpaRepository<SavedGridViewDefault, Long> {

    Optional<SavedGridViewDefault> findByUserIdAndGridId(long userId, String gridId);

    /** Removes the defaults other users than the owner put on a view (when it is no longer shared). */
    @Modifying
    @Query("delete from SavedGridViewDefault d where d.viewId = :view and d.userId <> :owner")
    int deleteOthers(@Param("view") long view, @Param("owner") long owner);

    @Modifying
    @Query("delete from SavedGridViewDefault d where d.viewId = :view")
    int deleteByView(@Param("view") long view);
}
