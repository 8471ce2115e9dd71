package org.ticportal.core.gridview;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SavedGridViewRepository extends JpaRepository<SavedGridView, Long> {

    /** The user's own views of a grid and, when {@code scope} is given, those shared in that scope. */
    @Query("""
            select v from SavedGridView v where v.gridId = :grid
             and (v.ownerId = :owner or (:scope is not null and v.shared = true and v.shareScope = :scope))
             order by case when v.ownerId = :owner then 0 else 1 end, v.name""")
    List<SavedGridView> findVisible(@Param("grid") String grid, @Param("owner") long owner,
                                    @Param("scope") @Nullable String scope);

    boolean existsByOwnerIdAndGridIdAndName(long ownerId, String gridId, String name);
}
